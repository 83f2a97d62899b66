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
1 413.21 13.00
16 119.69 13.00
512 100.71 13.00
16384 100.28 13.00
262144 100.16 13.00
EOD
$gup_fast_anon_write_base << EOD
1 425.17 13.00
16 129.03 13.00
512 109.92 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_anon_write_patched << EOD
1 413.15 13.00
16 119.81 13.00
512 100.71 13.00
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
1 364.75 13.92
16 34.97 13.92
512 13.67 13.92
16384 13.06 13.92
262144 10.41 14.00
EOD
$gup_fast_thp_write_base << EOD
1 374.82 13.92
16 35.89 13.92
512 14.04 13.92
16384 13.31 13.92
262144 10.45 14.00
EOD
$gup_fast_thp_write_patched << EOD
1 364.75 13.92
16 34.97 13.92
512 13.67 13.92
16384 13.06 13.92
262144 10.41 14.00
EOD
$gup_fast_shmem_read_base << EOD
1 425.23 13.00
16 128.85 13.00
512 109.92 13.00
16384 109.31 13.00
262144 109.17 13.00
EOD
$gup_fast_shmem_read_patched << EOD
1 413.21 13.00
16 119.51 13.00
512 100.71 13.00
16384 100.34 13.00
262144 100.16 13.00
EOD
$gup_fast_shmem_write_base << EOD
1 425.17 13.00
16 129.03 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_shmem_write_patched << EOD
1 413.15 13.00
16 119.69 13.00
512 100.89 13.00
16384 100.16 13.00
262144 100.16 13.00
EOD
$gup_fast_ext4_read_base << EOD
1 425.23 13.00
16 128.91 13.00
512 109.74 13.00
16384 109.13 13.00
262144 109.17 13.00
EOD
$gup_fast_ext4_read_patched << EOD
1 413.15 13.00
16 119.51 13.00
512 100.71 13.00
16384 100.28 13.00
262144 100.16 13.00
EOD
$gup_fast_ext4_write_base << EOD
1 425.17 13.00
16 128.91 13.00
512 109.62 13.00
16384 109.13 13.00
262144 109.16 13.00
EOD
$gup_fast_ext4_write_patched << EOD
1 413.15 13.00
16 119.69 13.00
512 100.71 13.00
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
1 363.16 13.98
16 32.04 13.98
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
1 363.16 13.98
16 32.04 13.98
512 10.68 13.98
16384 10.19 13.98
262144 10.23 14.00
EOD
$pin_fast_anon_read_base << EOD
1 497.50 96.25
16 186.34 96.25
512 166.20 96.25
16384 165.53 96.37
262144 165.47 96.35
EOD
$pin_fast_anon_read_patched << EOD
1 535.64 110.05
16 200.87 109.99
512 179.02 109.99
16384 178.22 110.05
262144 178.17 110.04
EOD
$pin_fast_anon_write_base << EOD
1 497.50 96.37
16 186.34 96.25
512 166.20 96.37
16384 165.53 96.25
262144 165.47 96.34
EOD
$pin_fast_anon_write_patched << EOD
1 530.58 104.00
16 195.86 104.06
512 173.95 104.00
16384 173.22 104.00
262144 173.16 104.04
EOD
$pin_fast_thp_read_base << EOD
1 443.24 13.79
16 42.18 13.79
512 15.99 13.79
16384 15.20 13.79
262144 10.66 11.34
EOD
$pin_fast_thp_read_patched << EOD
1 486.21 14.28
16 45.29 14.28
512 16.54 14.28
16384 15.62 14.28
262144 10.72 11.39
EOD
$pin_fast_thp_write_base << EOD
1 443.24 13.79
16 42.18 13.79
512 15.99 13.79
16384 15.20 13.79
262144 10.67 11.34
EOD
$pin_fast_thp_write_patched << EOD
1 486.02 14.04
16 45.17 14.04
512 16.36 14.04
16384 15.44 14.04
262144 10.71 11.37
EOD
$pin_fast_shmem_read_base << EOD
1 497.50 96.25
16 186.28 96.37
512 166.26 96.25
16384 165.53 96.25
262144 165.47 96.35
EOD
$pin_fast_shmem_read_patched << EOD
1 519.65 104.98
16 184.88 104.98
512 163.02 105.10
16384 162.29 105.10
262144 162.16 105.04
EOD
$pin_fast_shmem_write_base << EOD
1 497.50 96.25
16 186.28 96.37
512 166.20 96.25
16384 165.65 96.37
262144 165.47 96.34
EOD
$pin_fast_shmem_write_patched << EOD
1 530.70 104.06
16 195.92 104.00
512 173.95 104.00
16384 173.34 104.00
262144 173.16 104.04
EOD
$pin_fast_ext4_read_base << EOD
1 497.50 96.25
16 186.16 96.25
512 166.08 96.25
16384 165.53 96.25
262144 165.47 96.35
EOD
$pin_fast_ext4_read_patched << EOD
1 519.65 105.10
16 184.75 104.98
512 162.78 105.10
16384 162.23 104.98
262144 162.16 105.04
EOD
$pin_fast_ext4_write_base << EOD
1 497.50 96.25
16 186.16 96.25
512 166.08 96.25
16384 165.59 96.25
262144 165.47 96.34
EOD
$pin_fast_ext4_write_patched << EOD
1 530.64 104.06
16 195.74 104.00
512 173.77 104.00
16384 173.22 104.00
262144 173.16 104.04
EOD
$pin_fast_hugetlb_read_base << EOD
1 441.53 11.17
16 37.17 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.18
EOD
$pin_fast_hugetlb_read_patched << EOD
1 484.62 11.17
16 39.92 11.17
512 10.93 11.17
16384 10.38 11.17
262144 10.39 11.20
EOD
$pin_fast_hugetlb_write_base << EOD
1 441.47 11.17
16 37.17 11.17
512 10.80 11.17
16384 10.31 11.17
262144 10.36 11.18
EOD
$pin_fast_hugetlb_write_patched << EOD
1 484.62 11.17
16 39.92 11.17
512 10.93 11.17
16384 10.38 11.17
262144 10.39 11.19
EOD
$pin_longterm_anon_read_base << EOD
1 923.95 96.25
16 436.89 96.37
512 405.52 96.25
16384 404.48 96.25
262144 404.48 96.34
EOD
$pin_longterm_anon_read_patched << EOD
1 976.68 110.05
16 480.53 109.99
512 448.49 110.05
16384 447.51 109.99
262144 447.51 110.04
EOD
$pin_longterm_anon_write_base << EOD
1 927.67 96.25
16 439.03 96.25
512 407.53 96.25
16384 406.49 96.25
262144 406.48 96.34
EOD
$pin_longterm_anon_write_patched << EOD
1 966.67 104.00
16 468.69 104.06
512 436.52 104.00
16384 435.49 104.00
262144 435.50 104.04
EOD
$pin_longterm_thp_read_base << EOD
1 832.64 13.79
16 83.19 13.79
512 30.52 13.79
16384 28.81 13.79
262144 17.49 11.34
EOD
$pin_longterm_thp_read_patched << EOD
1 891.42 14.28
16 90.70 14.28
512 32.23 14.28
16384 30.33 14.28
262144 17.74 11.39
EOD
$pin_longterm_thp_write_base << EOD
1 834.66 13.79
16 83.37 13.79
512 30.58 13.79
16384 28.93 13.79
262144 17.49 11.34
EOD
$pin_longterm_thp_write_patched << EOD
1 879.52 14.04
16 88.93 14.04
512 31.74 14.04
16384 29.91 14.04
262144 17.67 11.37
EOD
$pin_longterm_shmem_read_base << EOD
1 923.71 96.25
16 436.89 96.25
512 405.52 96.25
16384 404.54 96.25
262144 404.48 96.34
EOD
$pin_longterm_shmem_read_patched << EOD
1 948.67 105.10
16 452.58 105.10
512 420.53 104.98
16384 419.49 104.98
262144 419.49 105.04
EOD
$pin_longterm_shmem_write_base << EOD
1 971.68 96.37
16 441.77 96.25
512 407.59 96.25
16384 406.56 96.25
262144 406.50 96.34
EOD
$pin_longterm_shmem_write_patched << EOD
1 1010.68 104.06
16 471.44 104.06
512 436.65 104.00
16384 435.49 104.00
262144 435.50 104.03
EOD
$pin_longterm_ext4_read_base << EOD
1 923.71 96.25
16 436.89 96.25
512 405.52 96.37
16384 404.48 96.25
262144 404.48 96.34
EOD
$pin_longterm_ext4_read_patched << EOD
1 948.73 104.98
16 452.51 105.10
512 420.53 104.98
16384 419.49 105.10
262144 419.49 105.05
EOD
$pin_longterm_hugetlb_read_base << EOD
1 869.69 11.17
16 73.61 11.17
512 17.76 11.17
16384 16.78 11.17
262144 16.81 11.18
EOD
$pin_longterm_hugetlb_read_patched << EOD
1 928.65 11.17
16 79.71 11.17
512 17.94 11.17
16384 16.97 11.17
262144 16.98 11.20
EOD
$pin_longterm_hugetlb_write_base << EOD
1 887.70 11.17
16 74.71 11.17
512 17.82 11.17
16384 16.78 11.17
262144 16.81 11.18
EOD
$pin_longterm_hugetlb_write_patched << EOD
1 932.68 11.17
16 79.53 11.17
512 17.94 11.17
16384 16.91 11.17
262144 16.94 11.19
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
