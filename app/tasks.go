package app

import (
	"context"
	"errors"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// progressEvery throttles progress updates sent to the UI.
const progressEvery = 50 * time.Millisecond

// tasks runs long work (opening, importing, extracting) in the background
// with a progress bar and a cancel button, one at a time: starting a new
// task cancels the running one. Work never touches widgets; its result is
// applied on the UI goroutine through post.
type tasks struct {
	post  func(func())             // runs a function on the UI goroutine
	spawn func(work func() func()) // runs work in the background, then its result on the UI goroutine

	box    *fyne.Container
	label  *widget.Label
	bar    *widget.ProgressBar
	cancel *widget.Button

	mu      sync.Mutex
	current *task
}

type task struct {
	name   string
	cancel context.CancelFunc
}

func newTasks(post func(func()), spawn func(func() func())) *tasks {
	t := &tasks{post: post, spawn: spawn, label: widget.NewLabel(""), bar: widget.NewProgressBar()}
	t.cancel = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), t.Cancel)
	t.box = container.NewBorder(nil, nil, t.label, t.cancel, t.bar)
	t.box.Hide()
	return t
}

// Progress reports how far work has come, as done of total (total 0:
// unknown). It is safe to call from any goroutine.
type Progress func(done, total int64)

// Run starts work in the background under the name shown beside the bar.
// When work returns a function, that function runs on the UI goroutine
// (unless the task was cancelled or superseded); an error goes to onErr
// there. Must be called on the UI goroutine.
func (t *tasks) Run(name string, work func(ctx context.Context, progress Progress) (func(), error), onErr func(error)) {
	t.mu.Lock()
	if t.current != nil {
		t.current.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	me := &task{name: name, cancel: cancel}
	t.current = me
	t.mu.Unlock()

	t.label.SetText(name)
	t.bar.SetValue(0)
	t.box.Show()

	var last time.Time
	var lastMu sync.Mutex
	progress := func(done, total int64) {
		lastMu.Lock()
		now := time.Now()
		if now.Sub(last) < progressEvery && done < total {
			lastMu.Unlock()
			return
		}
		last = now
		lastMu.Unlock()
		frac := 0.0
		if total > 0 {
			frac = float64(done) / float64(total)
		}
		t.post(func() {
			if t.isCurrent(me) {
				t.bar.SetValue(frac)
			}
		})
	}
	t.spawn(func() func() {
		apply, err := work(ctx, progress)
		cancelled := ctx.Err() != nil
		cancel()
		return func() {
			if !t.finish(me) || cancelled {
				return // superseded or cancelled: drop the result
			}
			switch {
			case err != nil && !errors.Is(err, context.Canceled):
				if onErr != nil {
					onErr(err)
				}
			case err == nil && apply != nil:
				apply()
			}
		}
	})
}

// Cancel stops the running task, if any.
func (t *tasks) Cancel() {
	t.mu.Lock()
	cur := t.current
	t.current = nil
	t.mu.Unlock()
	if cur != nil {
		cur.cancel()
	}
	t.box.Hide()
}

// Busy reports whether a task is running.
func (t *tasks) Busy() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.current != nil
}

func (t *tasks) isCurrent(me *task) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.current == me
}

// finish clears me as the current task; it reports whether me was current.
func (t *tasks) finish(me *task) bool {
	t.mu.Lock()
	was := t.current == me
	if was {
		t.current = nil
	}
	t.mu.Unlock()
	if was {
		t.box.Hide()
	}
	return was
}
