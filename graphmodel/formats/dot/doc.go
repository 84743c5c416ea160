// Package dot reads and writes Graphviz DOT files.
//
// Reading parses the file with a real DOT parser (package parser, into the
// syntax tree of package ast), runs its statements as Graphviz does and
// maps the result onto Dossier's graph through package interop:
//
//   - Every DOT node is a node whose id is its DOT name. Its label is the
//     text its label attribute shows: \N, \G (and \E, \T, \H on edges)
//     replaced, \n, \l and \r as line breaks; a record label
//     "{a|<p>b}" reads "a | b"; an HTML-like label <...> the text between
//     its tags (<BR/> and table rows as line breaks). Every DOT attribute
//     is kept under "dot.<name>" ("dot.shape", "dot.fillcolor") so a
//     renderer can reproduce the look; the raw label is kept as
//     "dot.label" when it holds more than its text, an HTML-like value
//     with a "dot.<name>.html" = "true" companion. A pos attribute also
//     gives the attributes x and y (the file's units and axes).
//   - Default attributes (node [...], edge [...]) are resolved into each
//     element as Graphviz does: a default applies to the nodes and edges
//     made after it in its graph or subgraph and the subgraphs in it.
//   - Every DOT edge is an edge: directed in a digraph, undirected in a
//     graph (dir=none in a digraph makes an undirected edge, dir=forward in
//     a graph a directed one). Chains a -> b -> c make one edge per link; a
//     subgraph as an end {a b} -> c stands for each node in it. Parallel
//     edges stay apart: their ids are "tail->head" ("tail--head"), then
//     "#2", "#3", ..., unless an id attribute names them. Ports ("a:p:ne")
//     are kept as "dot.tailport" and "dot.headport". The label's text is
//     the edge's "label" attribute. A strict graph merges repeated edges.
//   - Clusters (subgraphs named cluster..., or with cluster=true) give
//     each node "dot.cluster", the name of the innermost cluster holding
//     it, and the graph "dot.clusters", a JSON list of Cluster (name,
//     parent, own attributes). Attributes of other subgraphs (rank=same)
//     only steer a layout and are not kept.
//   - The graph's attributes become "dot.<name>" graph attributes, its
//     label's text "label" and its name "name".
//   - Attributes kind, type, attr.* and dossier.* are interop's: they make
//     actors, venues, ... and restore aliases, mentions, evidence and
//     documents, so a file written by Encode reads back into the same graph.
//
// Text must be UTF-8, unless the graph declares charset=latin1 (or another
// name of ISO-8859-1): then it is converted, bytes 0x80-0x9F read as
// Windows-1252 as web browsers do. A file declaring Latin-1 whose text is
// valid UTF-8 is read as UTF-8 with a warning; invalid UTF-8 otherwise is
// an error naming its line and column. Big5 is refused.
//
// Attributes that make Graphviz read local files when it draws the graph
// are removed, with a warning naming them and where they were: image,
// shapefile, imagepath, fontpath, stylesheet, _background (xdot image
// operations), fontname and labelfontname when they are paths to font
// files, and inside HTML-like labels <IMG> elements and FONT FACE paths.
//
// Bad input gives one error naming the file, line and column. Files over
// MaxSize (512 MB) are refused. Memory stays proportional to the input:
// subgraphs nest at most 256 deep, a file may expand into at most
// 100 000 + 4 × its size in bytes edges (a subgraph end multiplies them),
// and default attributes copied into elements are counted against a
// similar budget. Only the first graph of a file is read.
//
// Writing (Encode) is the inverse: see Encode and Quote.
package dot
