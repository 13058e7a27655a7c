//go:build race

package outreach

// raceEnabled is set when tests run with the race detector, which slows
// sending about tenfold.
const raceEnabled = true
