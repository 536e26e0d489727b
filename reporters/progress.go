package reporters

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/runner-ci/runner/runner/result"
)

// progressInterval is the shortest time between two progress updates.
const progressInterval = 100 * time.Millisecond

// Progress is a result.Sink that keeps one self-updating line on a terminal
// (usually stderr) so that a long run without the cli reporter never looks
// hung: "[12/40] requests done, failures: 1". Each update starts with a
// carriage return and overwrites the previous one; updates are throttled to
// about ten per second; Done writes the final count and a newline. It is
// meant for terminals only: the caller decides (never for files or pipes).
type Progress struct {
	w        io.Writer
	total    int
	done     int
	failures int
	now      func() time.Time
	last     time.Time
	width    int // length of the longest line written
}

var _ result.Sink = (*Progress)(nil)

// NewProgress returns a progress line writing to w. total is the number of
// requests planned; 0 means unknown (for example with setNextRequest), and
// then only the number done is shown.
func NewProgress(w io.Writer, total int) *Progress {
	return &Progress{w: w, total: max(total, 0), now: time.Now}
}

// SetTotal sets the number of requests planned, for when it is known only
// after the sink was created; 0 means unknown.
func (p *Progress) SetTotal(total int) { p.total = max(total, 0) }

// Start shows the line with nothing done yet.
func (p *Progress) Start(*result.Run) error {
	return p.write(false)
}

// Execution counts one more request and updates the line unless the last
// update was less than a tenth of a second ago.
func (p *Progress) Execution(run *result.Run, _ *result.Execution) error {
	p.done++
	p.failures = len(run.Failures)
	if p.now().Sub(p.last) < progressInterval {
		return nil
	}
	return p.write(false)
}

// Done writes the final line and ends it with a newline.
func (p *Progress) Done(run *result.Run) error {
	p.failures = len(run.Failures)
	return p.write(true)
}

func (p *Progress) write(final bool) error {
	p.last = p.now()
	var line string
	if p.total > 0 && p.done <= p.total {
		line = fmt.Sprintf("[%d/%d] requests done, failures: %d", p.done, p.total, p.failures)
	} else {
		line = fmt.Sprintf("[%d] requests done, failures: %d", p.done, p.failures)
	}
	pad := ""
	if len(line) < p.width {
		pad = strings.Repeat(" ", p.width-len(line))
	}
	p.width = max(p.width, len(line))
	end := ""
	if final {
		end = "\n"
	}
	if _, err := io.WriteString(p.w, "\r"+line+pad+end); err != nil {
		return fmt.Errorf("write progress: %w", err)
	}
	return nil
}
