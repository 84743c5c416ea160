package cli

import (
	"context"
	"errors"
)

// runEval is not written yet.
func runEval(ctx context.Context, env Env, args []string) error {
	return errors.New("not implemented yet")
}
