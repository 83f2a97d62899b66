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
16384 103.27 11.96
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
16 113.59 11.96
512 94.73 11.96
16384 94.30 11.96
262144 94.16 12.00
EOD
$gup_fast_thp_read_base << EOD
1 367.55 12.94
16 35.28 12.94
512 13.79 12.94
16384 13.12 12.94
262144 10.42 13.00
EOD
$gup_fast_thp_read_patched << EOD
1 358.58 12.94
16 34.42 12.94
512 13.49 12.94
16384 12.82 12.94
262144 10.40 13.00
EOD
$gup_fast_thp_write_base << EOD
1 367.61 12.94
16 35.28 12.94
512 13.79 12.94
16384 13.12 12.94
262144 10.42 13.00
EOD
$gup_fast_thp_write_patched << EOD
1 358.58 12.94
16 34.42 12.94
512 13.49 12.94
16384 12.82 12.94
262144 10.40 13.00
EOD
$gup_fast_shmem_read_base << EOD
1 411.19 11.96
16 122.50 11.96
512 103.70 11.96
16384 103.15 11.96
262144 103.16 12.00
EOD
$gup_fast_shmem_read_patched << EOD
1 402.16 11.96
16 113.53 11.96
512 94.91 11.96
16384 94.12 11.96
262144 94.16 12.00
EOD
$gup_fast_shmem_write_base << EOD
1 411.19 11.96
16 122.56 11.96
512 103.70 11.96
16384 103.33 11.96
262144 103.16 12.00
EOD
$gup_fast_shmem_write_patched << EOD
1 402.16 11.96
16 113.34 11.96
512 94.73 11.96
16384 94.12 11.96
262144 94.16 12.00
EOD
$gup_fast_ext4_read_base << EOD
1 411.19 11.96
16 122.25 11.96
512 103.58 11.96
16384 103.15 11.96
262144 103.16 12.00
EOD
$gup_fast_ext4_read_patched << EOD
1 402.16 11.96
16 113.22 11.96
512 94.60 11.96
16384 94.12 11.96
262144 94.16 12.00
EOD
$gup_fast_ext4_write_base << EOD
1 411.19 11.96
16 122.38 11.96
512 103.76 11.96
16384 103.15 12.15
262144 103.16 12.00
EOD
$gup_fast_ext4_write_patched << EOD
1 402.22 11.96
16 113.40 11.96
512 94.60 11.96
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
1 357.18 13.00
16 31.68 13.00
512 10.62 13.00
16384 10.19 13.00
262144 10.22 13.00
EOD
$gup_fast_hugetlb_write_base << EOD
1 366.15 13.00
16 32.23 13.00
512 10.68 13.00
16384 10.25 13.00
262144 10.24 13.00
EOD
$gup_fast_hugetlb_write_patched << EOD
1 357.18 13.00
16 31.68 13.00
512 10.62 13.00
16384 10.19 13.00
262144 10.22 13.00
EOD
$pin_fast_anon_read_base << EOD
1 482.48 95.40
16 179.57 95.40
512 160.16 95.28
16384 159.55 95.40
262144 159.47 95.34
EOD
$pin_fast_anon_read_patched << EOD
1 505.68 76.97
16 202.82 76.97
512 183.29 76.97
16384 182.68 76.97
262144 182.54 77.03
EOD
$pin_fast_anon_write_base << EOD
1 482.54 95.40
16 179.75 95.40
512 160.22 95.28
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_anon_write_patched << EOD
1 511.60 75.07
16 208.80 74.95
512 189.27 74.95
16384 188.60 74.95
262144 188.54 75.03
EOD
$pin_fast_thp_read_base << EOD
1 435.00 13.79
16 41.44 13.79
512 15.81 13.79
16384 15.01 13.79
262144 10.65 11.34
EOD
$pin_fast_thp_read_patched << EOD
1 464.90 13.18
16 44.13 13.18
512 16.66 13.18
16384 15.81 13.18
262144 10.75 11.26
EOD
$pin_fast_thp_write_base << EOD
1 435.06 13.79
16 41.44 13.79
512 15.81 13.79
16384 15.01 13.79
262144 10.64 11.34
EOD
$pin_fast_thp_write_patched << EOD
1 472.84 13.12
16 44.80 13.12
512 16.85 13.12
16384 15.99 13.12
262144 10.78 11.26
EOD
$pin_fast_shmem_read_base << EOD
1 482.54 95.28
16 179.75 95.28
512 160.03 95.28
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_shmem_read_patched << EOD
1 492.61 67.99
16 189.82 67.99
512 170.29 67.99
16384 169.62 67.99
262144 169.54 68.02
EOD
$pin_fast_shmem_write_base << EOD
1 482.54 95.28
16 179.75 95.28
512 160.16 95.40
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_shmem_write_patched << EOD
1 511.60 74.95
16 208.86 74.95
512 189.21 74.95
16384 188.60 74.95
262144 188.54 75.03
EOD
$pin_fast_ext4_read_base << EOD
1 482.54 95.28
16 179.57 95.40
512 160.03 95.28
16384 159.55 95.28
262144 159.47 95.34
EOD
$pin_fast_ext4_read_patched << EOD
1 492.61 67.99
16 189.64 67.99
512 170.17 67.99
16384 169.49 67.99
262144 169.54 68.03
EOD
$pin_fast_ext4_write_base << EOD
1 482.48 95.28
16 179.63 95.28
512 160.03 95.28
16384 159.55 95.40
262144 159.47 95.34
EOD
$pin_fast_ext4_write_patched << EOD
1 511.60 75.07
16 208.68 74.95
512 189.09 74.95
16384 188.60 74.95
262144 188.54 75.03
EOD
$pin_fast_hugetlb_read_base << EOD
1 433.47 11.17
16 36.68 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.17
EOD
$pin_fast_hugetlb_read_patched << EOD
1 463.62 11.11
16 38.57 11.11
512 10.86 11.11
16384 10.38 11.11
262144 10.41 11.14
EOD
$pin_fast_hugetlb_write_base << EOD
1 433.47 11.17
16 36.68 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.17
EOD
$pin_fast_hugetlb_write_patched << EOD
1 471.62 11.11
16 39.12 11.11
512 10.86 11.11
16384 10.44 11.11
262144 10.43 11.13
EOD
$pin_longterm_anon_read_base << EOD
1 915.71 95.28
16 436.40 95.28
512 405.46 95.28
16384 404.48 95.28
262144 404.47 95.34
EOD
$pin_longterm_anon_read_patched << EOD
1 955.69 76.97
16 469.85 76.97
512 438.54 76.97
16384 437.50 76.97
262144 437.51 77.03
EOD
$pin_longterm_anon_write_base << EOD
1 919.68 95.28
16 438.60 95.28
512 407.53 95.28
16384 406.49 95.28
262144 406.49 95.34
EOD
$pin_longterm_anon_write_patched << EOD
1 954.65 74.95
16 466.98 74.95
512 435.49 74.95
16384 434.51 74.95
262144 434.51 75.03
EOD
$pin_longterm_thp_read_base << EOD
1 823.55 13.79
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
1 825.62 13.79
16 82.34 13.79
512 30.58 13.79
16384 28.87 13.79
262144 17.49 11.34
EOD
$pin_longterm_thp_write_patched << EOD
1 865.60 13.12
16 87.40 13.12
512 31.68 13.12
16384 29.91 13.12
262144 17.67 11.26
EOD
$pin_longterm_shmem_read_base << EOD
1 915.65 95.28
16 436.40 95.28
512 405.46 95.28
16384 404.54 95.28
262144 404.48 95.34
EOD
$pin_longterm_shmem_read_patched << EOD
1 927.67 67.99
16 441.83 67.99
512 410.46 67.99
16384 409.55 67.99
262144 409.49 68.02
EOD
$pin_longterm_shmem_write_base << EOD
1 965.70 95.40
16 441.41 95.28
512 407.59 95.28
16384 406.49 95.28
262144 406.49 95.34
EOD
$pin_longterm_shmem_write_patched << EOD
1 1000.73 74.95
16 469.85 74.95
512 435.61 74.95
16384 434.57 74.95
262144 434.49 75.03
EOD
$pin_longterm_ext4_read_base << EOD
1 915.71 95.28
16 436.40 95.28
512 405.46 95.28
16384 404.48 95.28
262144 404.48 95.34
EOD
$pin_longterm_ext4_read_patched << EOD
1 927.73 67.99
16 441.83 67.99
512 410.52 67.99
16384 409.48 67.99
262144 409.49 68.02
EOD
$pin_longterm_hugetlb_read_base << EOD
1 860.66 11.17
16 73.06 11.17
512 17.76 11.17
16384 16.78 11.17
262144 16.80 11.17
EOD
$pin_longterm_hugetlb_read_patched << EOD
1 905.70 11.11
16 78.12 11.11
512 17.88 11.11
16384 16.97 11.11
262144 16.94 11.14
EOD
$pin_longterm_hugetlb_write_base << EOD
1 880.68 11.17
16 74.28 11.17
512 17.82 11.17
16384 16.78 11.17
262144 16.81 11.17
EOD
$pin_longterm_hugetlb_write_patched << EOD
1 920.59 11.11
16 78.80 11.11
512 17.94 11.11
16384 16.91 11.11
262144 16.93 11.13
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
