#!/bin/sh
# Counts the instructions the intake benchmarks execute per mail under
# valgrind (callgrind), a figure that, unlike time, does not move with the
# load of a shared machine. Usage: scripts/bench-intake-instructions.sh
# [test binary]; the binary defaults to a fresh `go test -c ./intake`.
# Each benchmark runs twice with different iteration counts and the
# difference is divided out, which cancels start-up and corpus loading.
set -eu
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
	bin=$(mktemp -d)/intake.test
	go test -c -o "$bin" ./intake
fi
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
mails=$(ls testdata/samples/*.eml | wc -l)
ir() { # benchmark iterations
	(cd intake && GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
		--callgrind-out-file=/dev/null "$bin" -test.run '^$' -test.bench "^$1\$" \
		-test.cpu 1 -test.benchtime "$2x" 2>&1) | sed -n 's/.*Collected : //p'
}
for b in BenchmarkBareGoMessage BenchmarkParse; do
	lo=$(ir "$b" 2)
	hi=$(ir "$b" 12)
	echo "$b $(( (hi - lo) / 10 / mails )) instructions/mail"
done
