package cli

import (
	"context"
	"errors"
)

// runBuild is not written yet.
func runBuild(ctx context.Context, env Env, args []string) error {
	return errors.New("not implemented yet")
}
