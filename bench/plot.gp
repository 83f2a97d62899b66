set terminal svg size 1200,1300 dynamic font "sans,10"
set logscale x 2
set logscale y 2
set grid
set key outside right top font ",8"
set xlabel "pages per call"
set ylabel "ns per page"
set xrange [0.5:524288]
set offsets 0, 0, graph 0.05, graph 0.05
$gup_fast_anon_read_base << EOD
1 411.19 11.96
16 122.50 11.96
512 103.70 11.96
16384 103.33 11.96
262144 103.16 12.00
EOD
$gup_fast_anon_read_patched << EOD
1 402.22 11.96
16 113.53 11.96
512 94.73 11.96
16384 94.12 11.96
262144 94.15 12.00
EOD
$gup_fast_anon_write_base << EOD
1 411.19 11.96
16 122.50 11.96
512 103.88 11.96
16384 103.15 11.96
262144 103.16 12.00
EOD
$gup_fast_anon_write_patched << EOD
1 402.22 11.96
16 113.34 11.96
512 94.73 11.96
16384 94.12 11.96
262144 94.15 12.00
EOD
$gup_fast_thp_read_base << EOD
1 367.55 12.94
16 35.28 12.94
512 13.79 12.94
16384 13.12 12.94
262144 10.43 13.00
EOD
$gup_fast_thp_read_patched << EOD
1 359.56 12.94
16 34.48 12.94
512 13.49 12.94
16384 12.82 12.94
262144 10.40 13.00
EOD
$gup_fast_thp_write_base << EOD
1 367.61 12.94
16 35.28 12.94
512 13.79 12.94
16384 13.12 12.94
262144 10.43 13.00
EOD
$gup_fast_thp_write_patched << EOD
1 359.56 12.94
16 34.48 12.94
512 13.49 12.94
16384 12.82 12.94
262144 10.39 13.00
EOD
$gup_fast_shmem_read_base << EOD
1 411.19 11.96
16 122.38 11.96
512 103.88 11.96
16384 103.15 11.96
262144 103.16 12.00
EOD
$gup_fast_shmem_read_patched << EOD
1 402.22 11.96
16 113.34 11.96
512 94.73 11.96
16384 94.12 11.96
262144 94.15 12.00
EOD
$gup_fast_shmem_write_base << EOD
1 411.19 11.96
16 122.56 11.96
512 103.70 11.96
16384 103.15 11.96
262144 103.16 12.00
EOD
$gup_fast_shmem_write_patched << EOD
1 402.22 11.96
16 113.34 11.96
512 94.73 11.96
16384 94.30 11.96
262144 94.15 12.00
EOD
$gup_fast_ext4_read_base << EOD
1 411.19 11.96
16 122.38 11.96
512 103.76 11.96
16384 103.15 11.96
262144 103.16 12.00
EOD
$gup_fast_ext4_read_patched << EOD
1 402.16 11.96
16 113.22 11.96
512 94.60 11.96
16384 94.30 11.96
262144 94.15 12.00
EOD
$gup_fast_ext4_write_base << EOD
1 411.19 11.96
16 122.38 11.96
512 103.58 11.96
16384 103.27 11.96
262144 103.16 12.00
EOD
$gup_fast_ext4_write_patched << EOD
1 402.22 11.96
16 113.22 11.96
512 94.73 11.96
16384 94.12 11.96
262144 94.15 12.00
EOD
$gup_fast_hugetlb_read_base << EOD
1 366.15 13.00
16 32.23 13.00
512 10.68 13.00
16384 10.25 13.00
262144 10.24 13.00
EOD
$gup_fast_hugetlb_read_patched << EOD
1 358.15 13.00
16 31.74 13.00
512 10.68 13.00
16384 10.19 13.00
262144 10.23 13.00
EOD
$gup_fast_hugetlb_write_base << EOD
1 366.15 13.00
16 32.23 13.00
512 10.68 13.00
16384 10.25 13.00
262144 10.24 13.00
EOD
$gup_fast_hugetlb_write_patched << EOD
1 358.15 13.00
16 31.74 13.00
512 10.68 13.00
16384 10.19 13.00
262144 10.23 13.00
EOD
$pin_fast_anon_read_base << EOD
1 482.48 95.28
16 179.75 95.28
512 160.22 95.28
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_anon_read_patched << EOD
1 510.62 76.97
16 181.46 76.97
512 159.97 76.97
16384 159.12 77.09
262144 159.16 77.03
EOD
$pin_fast_anon_write_base << EOD
1 482.54 95.28
16 179.75 95.28
512 160.22 95.28
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_anon_write_patched << EOD
1 516.66 74.95
16 187.50 74.95
512 165.95 74.95
16384 165.16 75.07
262144 165.16 75.03
EOD
$pin_fast_thp_read_base << EOD
1 435.06 13.79
16 41.44 13.79
512 15.81 13.79
16384 15.01 13.79
262144 10.65 11.34
EOD
$pin_fast_thp_read_patched << EOD
1 470.95 13.18
16 43.76 13.18
512 15.87 13.18
16384 15.01 13.18
262144 10.65 11.26
EOD
$pin_fast_thp_write_base << EOD
1 435.00 13.79
16 41.44 13.79
512 15.81 13.79
16384 15.01 13.79
262144 10.65 11.34
EOD
$pin_fast_thp_write_patched << EOD
1 478.88 13.12
16 44.43 13.12
512 16.11 13.12
16384 15.20 13.12
262144 10.68 11.26
EOD
$pin_fast_shmem_read_base << EOD
1 482.54 95.28
16 179.69 95.28
512 160.22 95.28
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_shmem_read_patched << EOD
1 499.57 67.99
16 170.53 67.99
512 148.99 67.99
16384 148.32 67.99
262144 148.16 68.03
EOD
$pin_fast_shmem_write_base << EOD
1 482.54 95.28
16 179.69 95.40
512 160.16 95.40
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_shmem_write_patched << EOD
1 516.66 74.95
16 187.44 74.95
512 165.83 75.07
16384 165.16 75.07
262144 165.16 75.03
EOD
$pin_fast_ext4_read_base << EOD
1 482.54 95.28
16 179.57 95.40
512 160.03 95.28
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_ext4_read_patched << EOD
1 499.63 67.99
16 170.23 68.05
512 148.80 67.99
16384 148.32 67.99
262144 148.16 68.03
EOD
$pin_fast_ext4_write_base << EOD
1 482.48 95.28
16 179.57 95.28
512 159.91 95.28
16384 159.55 95.40
262144 159.47 95.34
EOD
$pin_fast_ext4_write_patched << EOD
1 516.60 75.07
16 187.38 74.95
512 165.83 74.95
16384 165.22 74.95
262144 165.16 75.03
EOD
$pin_fast_hugetlb_read_base << EOD
1 433.47 11.17
16 36.68 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.35 11.17
EOD
$pin_fast_hugetlb_read_patched << EOD
1 469.60 11.11
16 39.00 11.11
512 10.86 11.11
16384 10.38 11.11
262144 10.36 11.14
EOD
$pin_fast_hugetlb_write_base << EOD
1 433.47 11.17
16 36.68 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.17
EOD
$pin_fast_hugetlb_write_patched << EOD
1 477.66 11.11
16 39.49 11.11
512 10.86 11.11
16384 10.38 11.11
262144 10.38 11.13
EOD
$pin_longterm_anon_read_base << EOD
1 915.65 95.40
16 436.40 95.28
512 405.46 95.28
16384 404.48 95.28
262144 404.48 95.34
EOD
$pin_longterm_anon_read_patched << EOD
1 955.69 76.97
16 469.85 76.97
512 438.48 77.09
16384 437.50 76.97
262144 437.49 77.03
EOD
$pin_longterm_anon_write_base << EOD
1 919.74 95.28
16 438.60 95.40
512 407.53 95.28
16384 406.49 95.28
262144 406.48 95.34
EOD
$pin_longterm_anon_write_patched << EOD
1 954.65 74.95
16 466.98 74.95
512 435.49 75.07
16384 434.51 74.95
262144 434.51 75.03
EOD
$pin_longterm_thp_read_base << EOD
1 823.67 13.79
16 82.64 13.79
512 30.52 13.79
16384 28.81 13.79
262144 17.48 11.34
EOD
$pin_longterm_thp_read_patched << EOD
1 868.47 13.18
16 88.62 13.18
512 31.80 13.18
16384 30.03 13.18
262144 17.69 11.26
EOD
$pin_longterm_thp_write_base << EOD
1 825.68 13.79
16 82.82 13.79
512 30.58 13.79
16384 28.87 13.79
262144 17.49 11.34
EOD
$pin_longterm_thp_write_patched << EOD
1 865.54 13.12
16 88.20 13.12
512 31.68 13.12
16384 29.91 13.12
262144 17.67 11.25
EOD
$pin_longterm_shmem_read_base << EOD
1 915.71 95.28
16 436.40 95.28
512 405.46 95.28
16384 404.48 95.28
262144 404.50 95.34
EOD
$pin_longterm_shmem_read_patched << EOD
1 927.67 67.99
16 441.83 67.99
512 410.46 67.99
16384 409.48 67.99
262144 409.49 68.03
EOD
$pin_longterm_shmem_write_base << EOD
1 965.70 95.28
16 441.41 95.28
512 407.59 95.28
16384 406.49 95.28
262144 406.49 95.34
EOD
$pin_longterm_shmem_write_patched << EOD
1 1000.85 74.95
16 469.85 74.95
512 435.61 74.95
16384 434.57 75.07
262144 434.49 75.03
EOD
$pin_longterm_ext4_read_base << EOD
1 915.71 95.28
16 436.40 95.28
512 405.46 95.28
16384 404.48 95.28
262144 404.50 95.34
EOD
$pin_longterm_ext4_read_patched << EOD
1 927.73 67.99
16 441.83 67.99
512 410.40 68.05
16384 409.55 67.99
262144 409.48 68.02
EOD
$pin_longterm_hugetlb_read_base << EOD
1 860.72 11.17
16 73.18 11.17
512 17.76 11.17
16384 16.78 11.17
262144 16.80 11.17
EOD
$pin_longterm_hugetlb_read_patched << EOD
1 905.64 11.11
16 78.00 11.11
512 17.88 11.11
16384 16.97 11.11
262144 16.94 11.14
EOD
$pin_longterm_hugetlb_write_base << EOD
1 880.74 11.17
16 74.46 11.17
512 17.82 11.17
16384 16.78 11.17
262144 16.81 11.17
EOD
$pin_longterm_hugetlb_write_patched << EOD
1 920.72 11.11
16 78.98 11.11
512 17.94 11.11
16384 16.91 11.11
262144 16.94 11.13
EOD
set output "bench-read.svg"
set multiplot layout 3,2 title "gup_test, read pins: cost per page (base dashed, patched solid)"
set title "gup_fast get"
plot $gup_fast_anon_read_base using 1:2 with linespoints lc 1 dt 2 title "anon base", \
     $gup_fast_anon_read_patched using 1:2 with linespoints lc 1 dt 1 title "anon patched", \
     $gup_fast_thp_read_base using 1:2 with linespoints lc 2 dt 2 title "thp base", \
     $gup_fast_thp_read_patched using 1:2 with linespoints lc 2 dt 1 title "thp patched", \
     $gup_fast_shmem_read_base using 1:2 with linespoints lc 3 dt 2 title "shmem base", \
     $gup_fast_shmem_read_patched using 1:2 with linespoints lc 3 dt 1 title "shmem patched", \
     $gup_fast_ext4_read_base using 1:2 with linespoints lc 4 dt 2 title "ext4 base", \
     $gup_fast_ext4_read_patched using 1:2 with linespoints lc 4 dt 1 title "ext4 patched", \
     $gup_fast_hugetlb_read_base using 1:2 with linespoints lc 5 dt 2 title "hugetlb base", \
     $gup_fast_hugetlb_read_patched using 1:2 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "gup_fast put"
plot $gup_fast_anon_read_base using 1:3 with linespoints lc 1 dt 2 title "anon base", \
     $gup_fast_anon_read_patched using 1:3 with linespoints lc 1 dt 1 title "anon patched", \
     $gup_fast_thp_read_base using 1:3 with linespoints lc 2 dt 2 title "thp base", \
     $gup_fast_thp_read_patched using 1:3 with linespoints lc 2 dt 1 title "thp patched", \
     $gup_fast_shmem_read_base using 1:3 with linespoints lc 3 dt 2 title "shmem base", \
     $gup_fast_shmem_read_patched using 1:3 with linespoints lc 3 dt 1 title "shmem patched", \
     $gup_fast_ext4_read_base using 1:3 with linespoints lc 4 dt 2 title "ext4 base", \
     $gup_fast_ext4_read_patched using 1:3 with linespoints lc 4 dt 1 title "ext4 patched", \
     $gup_fast_hugetlb_read_base using 1:3 with linespoints lc 5 dt 2 title "hugetlb base", \
     $gup_fast_hugetlb_read_patched using 1:3 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "pin_fast get"
plot $pin_fast_anon_read_base using 1:2 with linespoints lc 1 dt 2 title "anon base", \
     $pin_fast_anon_read_patched using 1:2 with linespoints lc 1 dt 1 title "anon patched", \
     $pin_fast_thp_read_base using 1:2 with linespoints lc 2 dt 2 title "thp base", \
     $pin_fast_thp_read_patched using 1:2 with linespoints lc 2 dt 1 title "thp patched", \
     $pin_fast_shmem_read_base using 1:2 with linespoints lc 3 dt 2 title "shmem base", \
     $pin_fast_shmem_read_patched using 1:2 with linespoints lc 3 dt 1 title "shmem patched", \
     $pin_fast_ext4_read_base using 1:2 with linespoints lc 4 dt 2 title "ext4 base", \
     $pin_fast_ext4_read_patched using 1:2 with linespoints lc 4 dt 1 title "ext4 patched", \
     $pin_fast_hugetlb_read_base using 1:2 with linespoints lc 5 dt 2 title "hugetlb base", \
     $pin_fast_hugetlb_read_patched using 1:2 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "pin_fast put"
plot $pin_fast_anon_read_base using 1:3 with linespoints lc 1 dt 2 title "anon base", \
     $pin_fast_anon_read_patched using 1:3 with linespoints lc 1 dt 1 title "anon patched", \
     $pin_fast_thp_read_base using 1:3 with linespoints lc 2 dt 2 title "thp base", \
     $pin_fast_thp_read_patched using 1:3 with linespoints lc 2 dt 1 title "thp patched", \
     $pin_fast_shmem_read_base using 1:3 with linespoints lc 3 dt 2 title "shmem base", \
     $pin_fast_shmem_read_patched using 1:3 with linespoints lc 3 dt 1 title "shmem patched", \
     $pin_fast_ext4_read_base using 1:3 with linespoints lc 4 dt 2 title "ext4 base", \
     $pin_fast_ext4_read_patched using 1:3 with linespoints lc 4 dt 1 title "ext4 patched", \
     $pin_fast_hugetlb_read_base using 1:3 with linespoints lc 5 dt 2 title "hugetlb base", \
     $pin_fast_hugetlb_read_patched using 1:3 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "pin_longterm get"
plot $pin_longterm_anon_read_base using 1:2 with linespoints lc 1 dt 2 title "anon base", \
     $pin_longterm_anon_read_patched using 1:2 with linespoints lc 1 dt 1 title "anon patched", \
     $pin_longterm_thp_read_base using 1:2 with linespoints lc 2 dt 2 title "thp base", \
     $pin_longterm_thp_read_patched using 1:2 with linespoints lc 2 dt 1 title "thp patched", \
     $pin_longterm_shmem_read_base using 1:2 with linespoints lc 3 dt 2 title "shmem base", \
     $pin_longterm_shmem_read_patched using 1:2 with linespoints lc 3 dt 1 title "shmem patched", \
     $pin_longterm_ext4_read_base using 1:2 with linespoints lc 4 dt 2 title "ext4 base", \
     $pin_longterm_ext4_read_patched using 1:2 with linespoints lc 4 dt 1 title "ext4 patched", \
     $pin_longterm_hugetlb_read_base using 1:2 with linespoints lc 5 dt 2 title "hugetlb base", \
     $pin_longterm_hugetlb_read_patched using 1:2 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "pin_longterm put"
plot $pin_longterm_anon_read_base using 1:3 with linespoints lc 1 dt 2 title "anon base", \
     $pin_longterm_anon_read_patched using 1:3 with linespoints lc 1 dt 1 title "anon patched", \
     $pin_longterm_thp_read_base using 1:3 with linespoints lc 2 dt 2 title "thp base", \
     $pin_longterm_thp_read_patched using 1:3 with linespoints lc 2 dt 1 title "thp patched", \
     $pin_longterm_shmem_read_base using 1:3 with linespoints lc 3 dt 2 title "shmem base", \
     $pin_longterm_shmem_read_patched using 1:3 with linespoints lc 3 dt 1 title "shmem patched", \
     $pin_longterm_ext4_read_base using 1:3 with linespoints lc 4 dt 2 title "ext4 base", \
     $pin_longterm_ext4_read_patched using 1:3 with linespoints lc 4 dt 1 title "ext4 patched", \
     $pin_longterm_hugetlb_read_base using 1:3 with linespoints lc 5 dt 2 title "hugetlb base", \
     $pin_longterm_hugetlb_read_patched using 1:3 with linespoints lc 5 dt 1 title "hugetlb patched"
unset multiplot
set output "bench-write.svg"
set multiplot layout 3,2 title "gup_test, write pins: cost per page (base dashed, patched solid)"
set title "gup_fast get"
plot $gup_fast_anon_write_base using 1:2 with linespoints lc 1 dt 2 title "anon base", \
     $gup_fast_anon_write_patched using 1:2 with linespoints lc 1 dt 1 title "anon patched", \
     $gup_fast_thp_write_base using 1:2 with linespoints lc 2 dt 2 title "thp base", \
     $gup_fast_thp_write_patched using 1:2 with linespoints lc 2 dt 1 title "thp patched", \
     $gup_fast_shmem_write_base using 1:2 with linespoints lc 3 dt 2 title "shmem base", \
     $gup_fast_shmem_write_patched using 1:2 with linespoints lc 3 dt 1 title "shmem patched", \
     $gup_fast_ext4_write_base using 1:2 with linespoints lc 4 dt 2 title "ext4 base", \
     $gup_fast_ext4_write_patched using 1:2 with linespoints lc 4 dt 1 title "ext4 patched", \
     $gup_fast_hugetlb_write_base using 1:2 with linespoints lc 5 dt 2 title "hugetlb base", \
     $gup_fast_hugetlb_write_patched using 1:2 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "gup_fast put"
plot $gup_fast_anon_write_base using 1:3 with linespoints lc 1 dt 2 title "anon base", \
     $gup_fast_anon_write_patched using 1:3 with linespoints lc 1 dt 1 title "anon patched", \
     $gup_fast_thp_write_base using 1:3 with linespoints lc 2 dt 2 title "thp base", \
     $gup_fast_thp_write_patched using 1:3 with linespoints lc 2 dt 1 title "thp patched", \
     $gup_fast_shmem_write_base using 1:3 with linespoints lc 3 dt 2 title "shmem base", \
     $gup_fast_shmem_write_patched using 1:3 with linespoints lc 3 dt 1 title "shmem patched", \
     $gup_fast_ext4_write_base using 1:3 with linespoints lc 4 dt 2 title "ext4 base", \
     $gup_fast_ext4_write_patched using 1:3 with linespoints lc 4 dt 1 title "ext4 patched", \
     $gup_fast_hugetlb_write_base using 1:3 with linespoints lc 5 dt 2 title "hugetlb base", \
     $gup_fast_hugetlb_write_patched using 1:3 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "pin_fast get"
plot $pin_fast_anon_write_base using 1:2 with linespoints lc 1 dt 2 title "anon base", \
     $pin_fast_anon_write_patched using 1:2 with linespoints lc 1 dt 1 title "anon patched", \
     $pin_fast_thp_write_base using 1:2 with linespoints lc 2 dt 2 title "thp base", \
     $pin_fast_thp_write_patched using 1:2 with linespoints lc 2 dt 1 title "thp patched", \
     $pin_fast_shmem_write_base using 1:2 with linespoints lc 3 dt 2 title "shmem base", \
     $pin_fast_shmem_write_patched using 1:2 with linespoints lc 3 dt 1 title "shmem patched", \
     $pin_fast_ext4_write_base using 1:2 with linespoints lc 4 dt 2 title "ext4 base", \
     $pin_fast_ext4_write_patched using 1:2 with linespoints lc 4 dt 1 title "ext4 patched", \
     $pin_fast_hugetlb_write_base using 1:2 with linespoints lc 5 dt 2 title "hugetlb base", \
     $pin_fast_hugetlb_write_patched using 1:2 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "pin_fast put"
plot $pin_fast_anon_write_base using 1:3 with linespoints lc 1 dt 2 title "anon base", \
     $pin_fast_anon_write_patched using 1:3 with linespoints lc 1 dt 1 title "anon patched", \
     $pin_fast_thp_write_base using 1:3 with linespoints lc 2 dt 2 title "thp base", \
     $pin_fast_thp_write_patched using 1:3 with linespoints lc 2 dt 1 title "thp patched", \
     $pin_fast_shmem_write_base using 1:3 with linespoints lc 3 dt 2 title "shmem base", \
     $pin_fast_shmem_write_patched using 1:3 with linespoints lc 3 dt 1 title "shmem patched", \
     $pin_fast_ext4_write_base using 1:3 with linespoints lc 4 dt 2 title "ext4 base", \
     $pin_fast_ext4_write_patched using 1:3 with linespoints lc 4 dt 1 title "ext4 patched", \
     $pin_fast_hugetlb_write_base using 1:3 with linespoints lc 5 dt 2 title "hugetlb base", \
     $pin_fast_hugetlb_write_patched using 1:3 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "pin_longterm get"
plot $pin_longterm_anon_write_base using 1:2 with linespoints lc 1 dt 2 title "anon base", \
     $pin_longterm_anon_write_patched using 1:2 with linespoints lc 1 dt 1 title "anon patched", \
     $pin_longterm_thp_write_base using 1:2 with linespoints lc 2 dt 2 title "thp base", \
     $pin_longterm_thp_write_patched using 1:2 with linespoints lc 2 dt 1 title "thp patched", \
     $pin_longterm_shmem_write_base using 1:2 with linespoints lc 3 dt 2 title "shmem base", \
     $pin_longterm_shmem_write_patched using 1:2 with linespoints lc 3 dt 1 title "shmem patched", \
     $pin_longterm_hugetlb_write_base using 1:2 with linespoints lc 5 dt 2 title "hugetlb base", \
     $pin_longterm_hugetlb_write_patched using 1:2 with linespoints lc 5 dt 1 title "hugetlb patched"
set title "pin_longterm put"
plot $pin_longterm_anon_write_base using 1:3 with linespoints lc 1 dt 2 title "anon base", \
     $pin_longterm_anon_write_patched using 1:3 with linespoints lc 1 dt 1 title "anon patched", \
     $pin_longterm_thp_write_base using 1:3 with linespoints lc 2 dt 2 title "thp base", \
     $pin_longterm_thp_write_patched using 1:3 with linespoints lc 2 dt 1 title "thp patched", \
     $pin_longterm_shmem_write_base using 1:3 with linespoints lc 3 dt 2 title "shmem base", \
     $pin_longterm_shmem_write_patched using 1:3 with linespoints lc 3 dt 1 title "shmem patched", \
     $pin_longterm_hugetlb_write_base using 1:3 with linespoints lc 5 dt 2 title "hugetlb base", \
     $pin_longterm_hugetlb_write_patched using 1:3 with linespoints lc 5 dt 1 title "hugetlb patched"
unset multiplot
