package cli

import (
	"context"
	"errors"
)

// runExport is not written yet.
func runExport(ctx context.Context, env Env, args []string) error {
	return errors.New("not implemented yet")
}
