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
1 425.23 13.00
16 128.91 13.00
512 109.92 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_anon_read_patched << EOD
1 400.15 13.00
16 109.50 13.00
512 90.70 13.00
16384 90.27 13.00
262144 90.15 13.00
EOD
$gup_fast_anon_write_base << EOD
1 425.23 13.00
16 128.85 13.00
512 109.92 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_anon_write_patched << EOD
1 400.15 13.00
16 109.62 13.00
512 90.70 13.00
16384 90.15 13.00
262144 90.15 13.00
EOD
$gup_fast_thp_read_base << EOD
1 374.82 13.92
16 35.89 13.92
512 14.04 13.92
16384 13.31 13.92
262144 10.45 14.00
EOD
$gup_fast_thp_read_patched << EOD
1 351.75 13.92
16 33.87 13.92
512 13.31 13.92
16384 12.70 13.92
262144 10.36 14.00
EOD
$gup_fast_thp_write_base << EOD
1 374.76 13.92
16 35.89 13.92
512 14.04 13.92
16384 13.31 13.92
262144 10.45 14.00
EOD
$gup_fast_thp_write_patched << EOD
1 351.75 13.92
16 33.87 13.92
512 13.31 13.92
16384 12.70 13.92
262144 10.36 14.00
EOD
$gup_fast_shmem_read_base << EOD
1 425.17 13.00
16 129.03 13.00
512 109.92 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_shmem_read_patched << EOD
1 400.15 13.00
16 109.68 13.00
512 90.88 13.00
16384 90.15 13.00
262144 90.15 13.00
EOD
$gup_fast_shmem_write_base << EOD
1 425.17 13.00
16 128.91 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_shmem_write_patched << EOD
1 400.15 13.00
16 109.50 13.00
512 90.70 13.00
16384 90.15 13.00
262144 90.15 13.00
EOD
$gup_fast_ext4_read_base << EOD
1 425.23 13.00
16 128.91 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_ext4_read_patched << EOD
1 400.15 13.00
16 109.38 13.00
512 90.58 13.00
16384 90.15 13.00
262144 90.15 13.00
EOD
$gup_fast_ext4_write_base << EOD
1 425.17 13.00
16 128.72 13.00
512 109.62 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_ext4_write_patched << EOD
1 400.21 13.00
16 109.38 13.00
512 90.58 13.00
16384 90.15 13.00
262144 90.15 13.00
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
1 373.17 13.98
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
262144 10.20 14.00
EOD
$pin_fast_anon_read_base << EOD
1 497.56 96.37
16 186.34 96.25
512 166.20 96.25
16384 165.65 96.25
262144 165.47 96.35
EOD
$pin_fast_anon_read_patched << EOD
1 484.56 44.01
16 150.82 44.01
512 128.85 44.01
16384 128.23 44.01
262144 128.15 44.02
EOD
$pin_fast_anon_write_base << EOD
1 497.50 96.25
16 186.28 96.25
512 166.20 96.25
16384 165.53 96.37
262144 165.47 96.35
EOD
$pin_fast_anon_write_patched << EOD
1 478.64 35.95
16 144.65 35.95
512 122.92 35.95
16384 122.25 35.95
262144 122.15 36.01
EOD
$pin_fast_thp_read_base << EOD
1 443.24 13.79
16 42.18 13.79
512 15.99 13.79
16384 15.20 13.79
262144 10.67 11.34
EOD
$pin_fast_thp_read_patched << EOD
1 433.23 7.26
16 40.22 7.26
512 14.77 7.26
16384 13.92 7.26
262144 10.51 6.19
EOD
$pin_fast_thp_write_base << EOD
1 443.24 13.79
16 42.18 13.79
512 15.99 13.79
16384 15.20 13.79
262144 10.67 11.34
EOD
$pin_fast_thp_write_patched << EOD
1 430.18 7.02
16 39.86 7.02
512 14.53 7.02
16384 13.73 7.02
262144 10.48 6.16
EOD
$pin_fast_shmem_read_base << EOD
1 497.50 96.25
16 186.28 96.25
512 166.26 96.25
16384 165.53 96.25
262144 165.47 96.35
EOD
$pin_fast_shmem_read_patched << EOD
1 484.56 44.01
16 150.88 44.01
512 128.97 44.01
16384 128.30 44.01
262144 128.15 44.02
EOD
$pin_fast_shmem_write_base << EOD
1 497.50 96.25
16 186.34 96.25
512 166.26 96.25
16384 165.59 96.25
262144 165.47 96.34
EOD
$pin_fast_shmem_write_patched << EOD
1 478.64 35.95
16 144.84 35.95
512 122.92 35.95
16384 122.13 35.95
262144 122.15 36.01
EOD
$pin_fast_ext4_read_base << EOD
1 497.50 96.25
16 186.16 96.25
512 166.02 96.25
16384 165.53 96.25
262144 165.47 96.35
EOD
$pin_fast_ext4_read_patched << EOD
1 484.62 44.01
16 150.63 44.01
512 128.78 44.01
16384 128.30 44.01
262144 128.15 44.02
EOD
$pin_fast_ext4_write_base << EOD
1 497.50 96.25
16 186.16 96.37
512 166.08 96.25
16384 165.59 96.25
262144 165.47 96.34
EOD
$pin_fast_ext4_write_patched << EOD
1 478.58 35.95
16 144.71 35.95
512 122.68 35.95
16384 122.13 35.95
262144 122.15 36.01
EOD
$pin_fast_hugetlb_read_base << EOD
1 441.47 11.17
16 37.17 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.18
EOD
$pin_fast_hugetlb_read_patched << EOD
1 431.58 6.10
16 36.44 6.10
512 10.80 6.10
16384 10.25 6.10
262144 10.27 6.12
EOD
$pin_fast_hugetlb_write_base << EOD
1 441.41 11.17
16 37.17 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.18
EOD
$pin_fast_hugetlb_write_patched << EOD
1 428.59 6.10
16 36.19 6.10
512 10.80 6.10
16384 10.25 6.10
262144 10.27 6.10
EOD
$pin_longterm_anon_read_base << EOD
1 923.71 96.25
16 436.89 96.25
512 405.52 96.25
16384 404.54 96.25
262144 404.48 96.35
EOD
$pin_longterm_anon_read_patched << EOD
1 960.69 44.01
16 423.28 44.01
512 388.31 44.01
16384 387.21 44.01
262144 387.17 44.02
EOD
$pin_longterm_anon_write_base << EOD
1 927.67 96.25
16 439.09 96.25
512 407.47 96.25
16384 406.49 96.25
262144 406.48 96.34
EOD
$pin_longterm_anon_write_patched << EOD
1 956.67 35.95
16 417.42 35.95
512 382.32 35.95
16384 381.23 35.95
262144 381.16 36.01
EOD
$pin_longterm_thp_read_base << EOD
1 832.64 13.79
16 82.70 13.79
512 30.52 13.79
16384 28.81 13.79
262144 17.49 11.34
EOD
$pin_longterm_thp_read_patched << EOD
1 876.40 7.26
16 85.27 7.26
512 30.03 7.26
16384 28.26 7.26
262144 17.41 6.19
EOD
$pin_longterm_thp_write_base << EOD
1 834.66 13.79
16 83.37 13.79
512 30.58 13.79
16384 28.93 13.79
262144 17.49 11.34
EOD
$pin_longterm_thp_write_patched << EOD
1 870.48 7.02
16 84.35 7.02
512 29.79 7.02
16384 28.08 7.02
262144 17.38 6.16
EOD
$pin_longterm_shmem_read_base << EOD
1 923.71 96.25
16 436.95 96.25
512 405.52 96.25
16384 404.48 96.25
262144 404.48 96.35
EOD
$pin_longterm_shmem_read_patched << EOD
1 955.69 44.01
16 418.27 44.01
512 383.30 44.01
16384 382.20 44.01
262144 382.16 44.02
EOD
$pin_longterm_shmem_write_base << EOD
1 971.68 96.25
16 441.77 96.25
512 407.59 96.25
16384 406.49 96.25
262144 406.48 96.34
EOD
$pin_longterm_shmem_write_patched << EOD
1 1000.73 35.95
16 420.10 35.95
512 382.39 35.95
16384 381.23 35.95
262144 381.18 36.01
EOD
$pin_longterm_ext4_read_base << EOD
1 923.71 96.37
16 436.95 96.25
512 405.52 96.25
16384 404.54 96.25
262144 404.48 96.34
EOD
$pin_longterm_ext4_read_patched << EOD
1 955.69 44.01
16 418.27 44.01
512 383.30 44.01
16384 382.20 44.01
262144 382.18 44.02
EOD
$pin_longterm_hugetlb_read_base << EOD
1 869.87 11.17
16 73.61 11.17
512 17.76 11.17
16384 16.78 11.17
262144 16.80 11.18
EOD
$pin_longterm_hugetlb_read_patched << EOD
1 913.70 6.10
16 76.17 6.10
512 17.88 6.10
16384 16.78 6.10
262144 16.77 6.11
EOD
$pin_longterm_hugetlb_write_base << EOD
1 887.70 11.17
16 74.71 11.17
512 17.82 11.17
16384 16.78 11.17
262144 16.81 11.18
EOD
$pin_longterm_hugetlb_write_patched << EOD
1 923.71 6.10
16 76.42 6.10
512 17.88 6.10
16384 16.72 6.10
262144 16.75 6.10
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
