package cli

import (
	"context"
	"errors"
)

// runConvert is not written yet.
func runConvert(ctx context.Context, env Env, args []string) error {
	return errors.New("not implemented yet")
}
