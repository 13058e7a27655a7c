//go:build !unix

package research

import "time"

func cpuTime() time.Duration { return 0 }
