// Package graphmodel is Dossier's typed evidence graph.
//
// A Graph holds source documents, typed nodes (actors, venues, meetings,
// statements and foreign entities) and typed role edges between them. Every
// node carries the spans of text that mention it and every edge carries the
// spans that support it, so anything shown to a user can be traced back to
// its source.
//
// Meetings and statements are vertices, not edges: a relation between two
// actors is a path actor → meeting ← actor, and several facts between the
// same two nodes are kept as separate edges (distinct ids) or as evidence
// accumulated on one edge.
//
// The package imports nothing else of Dossier's; file formats, extraction
// and rendering build on it.
package graphmodel
