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
1 417.24 13.00
16 120.12 13.00
512 100.77 13.00
16384 100.16 13.00
262144 100.16 13.00
EOD
$gup_fast_anon_write_base << EOD
1 425.23 13.00
16 129.03 13.00
512 109.92 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_anon_write_patched << EOD
1 417.18 13.00
16 120.12 13.00
512 100.77 13.00
16384 100.28 13.00
262144 100.16 13.00
EOD
$gup_fast_thp_read_base << EOD
1 374.82 13.92
16 35.89 13.92
512 14.04 13.92
16384 13.31 13.92
262144 10.44 14.00
EOD
$gup_fast_thp_read_patched << EOD
1 367.74 13.92
16 35.16 13.92
512 13.73 13.92
16384 13.00 13.92
262144 10.40 14.00
EOD
$gup_fast_thp_write_base << EOD
1 374.82 13.92
16 35.89 13.92
512 14.04 13.92
16384 13.31 13.92
262144 10.45 14.00
EOD
$gup_fast_thp_write_patched << EOD
1 367.74 13.92
16 35.16 13.92
512 13.73 13.92
16384 13.06 13.92
262144 10.41 14.00
EOD
$gup_fast_shmem_read_base << EOD
1 425.23 13.00
16 129.03 13.00
512 109.74 13.00
16384 109.31 13.00
262144 109.17 13.00
EOD
$gup_fast_shmem_read_patched << EOD
1 417.24 13.00
16 120.12 13.00
512 100.77 13.12
16384 100.16 13.00
262144 100.16 13.00
EOD
$gup_fast_shmem_write_base << EOD
1 425.23 13.00
16 129.03 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_shmem_write_patched << EOD
1 417.18 13.00
16 120.12 13.00
512 100.77 13.00
16384 100.16 13.00
262144 100.16 13.00
EOD
$gup_fast_ext4_read_base << EOD
1 425.23 13.00
16 128.85 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_ext4_read_patched << EOD
1 417.18 13.00
16 119.93 13.00
512 100.77 13.00
16384 100.16 13.00
262144 100.16 13.00
EOD
$gup_fast_ext4_write_base << EOD
1 425.17 13.00
16 128.91 13.00
512 109.62 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_ext4_write_patched << EOD
1 417.18 13.00
16 119.81 13.00
512 100.59 13.12
16384 100.16 13.00
262144 100.16 13.00
EOD
$gup_fast_hugetlb_read_base << EOD
1 373.17 13.98
16 32.65 13.98
512 10.68 13.98
16384 10.25 13.98
262144 10.25 14.00
EOD
$gup_fast_hugetlb_read_patched << EOD
1 366.15 13.98
16 32.23 13.98
512 10.68 13.98
16384 10.19 13.98
262144 10.23 14.00
EOD
$gup_fast_hugetlb_write_base << EOD
1 373.17 13.98
16 32.65 13.98
512 10.68 13.98
16384 10.25 13.98
262144 10.25 14.00
EOD
$gup_fast_hugetlb_write_patched << EOD
1 366.15 13.98
16 32.23 13.98
512 10.68 13.98
16384 10.19 13.98
262144 10.23 14.00
EOD
$pin_fast_anon_read_base << EOD
1 497.50 96.25
16 186.28 96.25
512 166.20 96.25
16384 165.53 96.37
262144 165.47 96.35
EOD
$pin_fast_anon_read_patched << EOD
1 541.63 65.98
16 202.21 65.98
512 179.99 65.98
16384 179.26 65.98
262144 179.16 66.03
EOD
$pin_fast_anon_write_base << EOD
1 497.50 96.37
16 186.22 96.25
512 166.20 96.25
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_anon_write_patched << EOD
1 536.62 57.98
16 197.27 57.98
512 174.93 57.98
16384 174.32 57.98
262144 174.16 58.03
EOD
$pin_fast_thp_read_base << EOD
1 443.30 13.79
16 42.18 13.79
512 15.99 13.79
16384 15.20 13.79
262144 10.67 11.34
EOD
$pin_fast_thp_read_patched << EOD
1 495.06 8.12
16 45.90 8.12
512 16.60 8.12
16384 15.69 8.12
262144 10.72 6.36
EOD
$pin_fast_thp_write_base << EOD
1 443.30 13.79
16 42.18 13.79
512 15.99 13.79
16384 15.20 13.79
262144 10.67 11.34
EOD
$pin_fast_thp_write_patched << EOD
1 487.18 7.81
16 45.23 7.81
512 16.42 7.81
16384 15.50 7.81
262144 10.70 6.34
EOD
$pin_fast_shmem_read_base << EOD
1 497.56 96.25
16 186.28 96.37
512 166.26 96.25
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_shmem_read_patched << EOD
1 526.61 57.98
16 187.26 57.98
512 164.86 58.17
16384 164.31 57.98
262144 164.16 58.03
EOD
$pin_fast_shmem_write_base << EOD
1 497.50 96.37
16 186.34 96.25
512 166.26 96.25
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_shmem_write_patched << EOD
1 536.68 57.98
16 197.14 57.98
512 174.93 57.98
16384 174.13 58.11
262144 174.16 58.03
EOD
$pin_fast_ext4_read_base << EOD
1 497.50 96.25
16 186.16 96.37
512 166.08 96.25
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_ext4_read_patched << EOD
1 526.61 57.98
16 186.89 57.98
512 164.86 57.98
16384 164.31 57.98
262144 164.16 58.03
EOD
$pin_fast_ext4_write_base << EOD
1 497.50 96.37
16 186.16 96.25
512 166.02 96.25
16384 165.59 96.25
262144 165.47 96.34
EOD
$pin_fast_ext4_write_patched << EOD
1 536.62 57.98
16 197.08 57.98
512 174.87 57.98
16384 174.13 58.11
262144 174.16 58.03
EOD
$pin_fast_hugetlb_read_base << EOD
1 441.53 11.17
16 37.17 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.18
EOD
$pin_fast_hugetlb_read_patched << EOD
1 493.65 6.23
16 40.47 6.23
512 10.93 6.23
16384 10.38 6.23
262144 10.40 6.25
EOD
$pin_fast_hugetlb_write_base << EOD
1 441.53 11.17
16 37.17 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.18
EOD
$pin_fast_hugetlb_write_patched << EOD
1 485.60 6.23
16 39.98 6.23
512 10.93 6.23
16384 10.38 6.23
262144 10.38 6.24
EOD
$pin_longterm_anon_read_base << EOD
1 923.71 96.25
16 436.89 96.25
512 405.52 96.25
16384 404.48 96.25
262144 404.49 96.34
EOD
$pin_longterm_anon_read_patched << EOD
1 974.67 65.98
16 481.38 65.98
512 449.52 65.98
16384 448.49 65.98
262144 448.51 66.02
EOD
$pin_longterm_anon_write_base << EOD
1 927.67 96.25
16 439.03 96.25
512 407.47 96.25
16384 406.49 96.25
262144 406.48 96.34
EOD
$pin_longterm_anon_write_patched << EOD
1 964.72 57.98
16 469.48 57.98
512 437.50 57.98
16384 436.52 57.98
262144 436.50 58.03
EOD
$pin_longterm_thp_read_base << EOD
1 832.64 13.79
16 83.19 13.79
512 30.52 13.79
16384 28.81 13.79
262144 17.48 11.34
EOD
$pin_longterm_thp_read_patched << EOD
1 889.47 8.12
16 90.64 8.12
512 32.23 8.12
16384 30.40 8.12
262144 17.75 6.36
EOD
$pin_longterm_thp_write_base << EOD
1 834.59 13.79
16 83.62 13.79
512 30.58 13.79
16384 28.93 13.79
262144 17.50 11.34
EOD
$pin_longterm_thp_write_patched << EOD
1 877.50 7.81
16 88.93 7.81
512 31.80 7.81
16384 29.97 7.81
262144 17.68 6.34
EOD
$pin_longterm_shmem_read_base << EOD
1 923.71 96.25
16 436.95 96.25
512 405.52 96.25
16384 404.48 96.25
262144 404.48 96.35
EOD
$pin_longterm_shmem_read_patched << EOD
1 946.72 57.98
16 453.37 57.98
512 421.51 57.98
16384 420.53 57.98
262144 420.49 58.03
EOD
$pin_longterm_shmem_write_base << EOD
1 971.68 96.25
16 441.77 96.25
512 407.59 96.37
16384 406.56 96.25
262144 406.50 96.34
EOD
$pin_longterm_shmem_write_patched << EOD
1 1008.73 58.11
16 472.23 57.98
512 437.62 57.98
16384 436.52 57.98
262144 436.49 58.03
EOD
$pin_longterm_ext4_read_base << EOD
1 923.71 96.25
16 436.89 96.25
512 405.52 96.25
16384 404.48 96.25
262144 404.48 96.34
EOD
$pin_longterm_ext4_read_patched << EOD
1 946.72 57.98
16 453.37 57.98
512 421.51 57.98
16384 420.53 57.98
262144 420.50 58.03
EOD
$pin_longterm_hugetlb_read_base << EOD
1 869.69 11.17
16 73.61 11.17
512 17.76 11.17
16384 16.78 11.17
262144 16.80 11.18
EOD
$pin_longterm_hugetlb_read_patched << EOD
1 926.70 6.23
16 79.65 6.23
512 17.94 6.23
16384 16.97 6.23
262144 16.98 6.25
EOD
$pin_longterm_hugetlb_write_base << EOD
1 887.70 11.17
16 74.71 11.17
512 17.82 11.17
16384 16.78 11.17
262144 16.81 11.18
EOD
$pin_longterm_hugetlb_write_patched << EOD
1 930.66 6.23
16 79.47 6.23
512 17.94 6.23
16384 16.91 6.23
262144 16.94 6.23
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
