// Command dossier is a desktop knowledge-graph explorer: it reads news
// articles and graph files and shows who met whom, where, and who said what,
// with the source excerpts behind every node and edge.
//
// With no arguments it opens the explorer on the bundled sample article;
// with files it opens them; with a subcommand (stats, build, eval, export,
// convert) it runs headless.
package main

import (
	"context"
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"dossier/app"
	"dossier/app/cli"
	_ "dossier/app/locale" // before Fyne reads the locale: see its doc
)

func main() {
	if len(os.Args) > 1 && cli.IsCommand(os.Args[1]) {
		os.Exit(cli.Run(context.Background(), cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}, os.Args[1:]))
	}
	fyneapp.SetMetadata(app.Metadata())
	a := fyneapp.NewWithID(app.ID)
	app.NewExplorer(a, app.Options{Files: os.Args[1:]}).ShowAndRun()
}
