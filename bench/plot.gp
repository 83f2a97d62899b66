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
1 425.17 13.00
16 129.03 13.00
512 109.92 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_anon_read_patched << EOD
1 406.19 13.00
16 112.85 13.00
512 93.75 13.00
16384 93.14 13.00
262144 93.16 13.00
EOD
$gup_fast_anon_write_base << EOD
1 425.17 13.00
16 128.91 13.00
512 109.92 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_anon_write_patched << EOD
1 406.19 13.00
16 112.67 13.00
512 93.75 13.00
16384 93.14 13.00
262144 93.16 13.00
EOD
$gup_fast_thp_read_base << EOD
1 374.82 13.92
16 35.89 13.92
512 14.04 13.92
16384 13.31 13.92
262144 10.45 14.00
EOD
$gup_fast_thp_read_patched << EOD
1 351.93 13.92
16 33.94 13.92
512 13.43 13.92
16384 12.76 13.92
262144 10.36 14.00
EOD
$gup_fast_thp_write_base << EOD
1 374.82 13.92
16 35.89 13.92
512 14.04 13.92
16384 13.31 13.92
262144 10.45 14.00
EOD
$gup_fast_thp_write_patched << EOD
1 351.93 13.92
16 33.75 13.92
512 13.43 13.92
16384 12.76 13.92
262144 10.36 14.00
EOD
$gup_fast_shmem_read_base << EOD
1 425.17 13.00
16 128.91 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_shmem_read_patched << EOD
1 406.19 13.00
16 112.85 13.00
512 93.75 13.00
16384 93.14 13.00
262144 93.16 13.00
EOD
$gup_fast_shmem_write_base << EOD
1 425.17 13.00
16 128.91 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_shmem_write_patched << EOD
1 406.19 13.00
16 112.85 13.00
512 93.93 13.00
16384 93.14 13.00
262144 93.16 13.00
EOD
$gup_fast_ext4_read_base << EOD
1 425.23 13.00
16 128.91 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_ext4_read_patched << EOD
1 406.19 13.00
16 112.73 13.00
512 93.57 13.00
16384 93.14 13.00
262144 93.16 13.00
EOD
$gup_fast_ext4_write_base << EOD
1 425.17 13.00
16 128.72 13.00
512 109.62 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_ext4_write_patched << EOD
1 406.19 13.00
16 112.55 13.00
512 93.57 13.00
16384 93.26 13.00
262144 93.16 13.00
EOD
$gup_fast_hugetlb_read_base << EOD
1 373.17 13.98
16 32.65 13.98
512 10.68 13.98
16384 10.25 13.98
262144 10.26 14.00
EOD
$gup_fast_hugetlb_read_patched << EOD
1 350.16 13.98
16 31.25 13.98
512 10.62 13.98
16384 10.19 13.98
262144 10.21 14.00
EOD
$gup_fast_hugetlb_write_base << EOD
1 373.23 13.98
16 32.65 13.98
512 10.68 13.98
16384 10.25 13.98
262144 10.25 14.00
EOD
$gup_fast_hugetlb_write_patched << EOD
1 350.16 13.98
16 31.25 13.98
512 10.62 13.98
16384 10.19 13.98
262144 10.21 14.00
EOD
$pin_fast_anon_read_base << EOD
1 497.50 96.25
16 186.34 96.25
512 166.20 96.25
16384 165.53 96.25
262144 165.47 96.35
EOD
$pin_fast_anon_read_patched << EOD
1 502.56 44.01
16 166.93 44.01
512 144.96 44.01
16384 144.17 44.01
262144 144.16 44.02
EOD
$pin_fast_anon_write_base << EOD
1 497.56 96.25
16 186.28 96.37
512 166.26 96.25
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_anon_write_patched << EOD
1 488.59 36.99
16 153.02 36.99
512 130.92 36.99
16384 130.25 36.99
262144 130.16 37.01
EOD
$pin_fast_thp_read_base << EOD
1 443.24 13.79
16 42.18 13.79
512 15.99 13.79
16384 15.20 13.79
262144 10.67 11.34
EOD
$pin_fast_thp_read_patched << EOD
1 440.61 7.39
16 41.38 7.39
512 15.26 7.39
16384 14.47 7.39
262144 10.56 6.29
EOD
$pin_fast_thp_write_base << EOD
1 443.24 13.79
16 42.18 13.79
512 15.99 13.79
16384 15.20 13.79
262144 10.67 11.34
EOD
$pin_fast_thp_write_patched << EOD
1 429.50 7.14
16 39.98 7.14
512 14.83 7.14
16384 13.98 7.14
262144 10.51 6.27
EOD
$pin_fast_shmem_read_base << EOD
1 497.50 96.25
16 186.28 96.37
512 166.20 96.25
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_shmem_read_patched << EOD
1 492.61 44.01
16 156.92 44.01
512 134.83 44.01
16384 134.16 44.01
262144 134.16 44.02
EOD
$pin_fast_shmem_write_base << EOD
1 497.50 96.25
16 186.16 96.25
512 166.26 96.25
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_shmem_write_patched << EOD
1 488.59 36.99
16 152.83 36.99
512 130.98 36.99
16384 130.13 36.99
262144 130.16 37.01
EOD
$pin_fast_ext4_read_base << EOD
1 497.50 96.25
16 186.16 96.25
512 166.08 96.25
16384 165.59 96.25
262144 165.47 96.34
EOD
$pin_fast_ext4_read_patched << EOD
1 492.61 44.01
16 156.80 44.01
512 134.77 44.01
16384 134.16 44.01
262144 134.16 44.02
EOD
$pin_fast_ext4_write_base << EOD
1 497.50 96.37
16 186.16 96.25
512 166.02 96.25
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_ext4_write_patched << EOD
1 488.59 36.99
16 152.83 36.99
512 130.68 36.99
16384 130.13 36.99
262144 130.16 37.01
EOD
$pin_fast_hugetlb_read_base << EOD
1 441.53 11.17
16 37.17 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.18
EOD
$pin_fast_hugetlb_read_patched << EOD
1 438.54 6.16
16 37.05 6.16
512 10.80 6.16
16384 10.25 6.16
262144 10.29 6.21
EOD
$pin_fast_hugetlb_write_base << EOD
1 441.59 11.17
16 37.17 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.18
EOD
$pin_fast_hugetlb_write_patched << EOD
1 427.61 6.16
16 36.38 6.16
512 10.80 6.16
16384 10.25 6.16
262144 10.27 6.21
EOD
$pin_longterm_anon_read_base << EOD
1 923.71 96.25
16 436.89 96.25
512 405.52 96.25
16384 404.48 96.37
262144 404.48 96.34
EOD
$pin_longterm_anon_read_patched << EOD
1 975.71 44.01
16 435.42 44.01
512 400.33 44.01
16384 399.23 44.01
262144 399.19 44.02
EOD
$pin_longterm_anon_write_base << EOD
1 927.67 96.25
16 439.03 96.25
512 407.47 96.25
16384 406.49 96.25
262144 406.49 96.34
EOD
$pin_longterm_anon_write_patched << EOD
1 971.68 36.99
16 429.63 36.99
512 394.29 36.99
16384 393.19 36.99
262144 393.19 37.02
EOD
$pin_longterm_thp_read_base << EOD
1 832.64 13.79
16 83.19 13.79
512 30.52 13.79
16384 28.81 13.79
262144 17.49 11.34
EOD
$pin_longterm_thp_read_patched << EOD
1 891.42 7.39
16 87.28 7.39
512 30.46 7.39
16384 28.69 7.39
262144 17.49 6.29
EOD
$pin_longterm_thp_write_base << EOD
1 834.66 13.79
16 83.37 13.79
512 30.58 13.79
16384 28.93 13.79
262144 17.49 11.34
EOD
$pin_longterm_thp_write_patched << EOD
1 885.44 7.14
16 86.12 7.14
512 30.21 7.14
16384 28.44 7.14
262144 17.45 6.27
EOD
$pin_longterm_shmem_read_base << EOD
1 923.71 96.25
16 436.89 96.25
512 405.52 96.25
16384 404.54 96.25
262144 404.50 96.34
EOD
$pin_longterm_shmem_read_patched << EOD
1 970.70 44.01
16 430.42 44.01
512 395.26 44.07
16384 394.23 44.01
262144 394.17 44.02
EOD
$pin_longterm_shmem_write_base << EOD
1 971.68 96.25
16 441.77 96.25
512 407.59 96.25
16384 406.56 96.25
262144 406.50 96.34
EOD
$pin_longterm_shmem_write_patched << EOD
1 1015.81 36.99
16 432.31 36.99
512 394.41 36.99
16384 393.25 36.99
262144 393.18 37.01
EOD
$pin_longterm_ext4_read_base << EOD
1 923.71 96.25
16 437.01 96.25
512 405.52 96.25
16384 404.54 96.25
262144 404.48 96.34
EOD
$pin_longterm_ext4_read_patched << EOD
1 970.70 44.01
16 430.30 44.07
512 395.20 44.01
16384 394.10 44.07
262144 394.17 44.02
EOD
$pin_longterm_hugetlb_read_base << EOD
1 869.69 11.17
16 73.61 11.17
512 17.76 11.17
16384 16.78 11.17
262144 16.80 11.18
EOD
$pin_longterm_hugetlb_read_patched << EOD
1 928.65 6.16
16 77.82 6.16
512 17.88 6.16
16384 16.85 6.16
262144 16.82 6.21
EOD
$pin_longterm_hugetlb_write_base << EOD
1 887.70 11.17
16 74.71 11.17
512 17.82 11.17
16384 16.78 11.17
262144 16.81 11.18
EOD
$pin_longterm_hugetlb_write_patched << EOD
1 938.66 6.16
16 78.12 6.16
512 17.88 6.16
16384 16.78 6.16
262144 16.79 6.21
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
