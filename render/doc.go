// Package render turns a graphmodel graph, or a view of it, into pictures.
//
// Sub-packages:
//   - theme: the visual language (shapes, colours, edge styles per kind) as data
//   - dot: a DOT writer that escapes everything and orders deterministically
//   - layout: runs Graphviz (one goroutine owns the go-graphviz instance;
//     native programs when installed) and parses its output into a scene
//   - scene: laid-out geometry in screen orientation, with hit-testing
//   - paint: the rasteriser that draws a scene, shared by the explorer and
//     by image export, so an exported image is what the screen shows
//   - export: image and geometry files (svg, png, jpg, pdf, dot, json)
package render
