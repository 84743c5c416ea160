package extract

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/graphmodel"
)

// MaxDocumentSize is the largest input ParseDocument accepts (20 MiB).
const MaxDocumentSize = 20 << 20

// ErrBadDocument marks inputs that cannot be read as a text document
// (empty, binary, too large); test with errors.Is.
var ErrBadDocument = errors.New("not a readable text document")

// ReadDocument reads a plain text, Markdown or HTML file and returns it as a
// document (see ParseDocument).
func ReadDocument(path string) (graphmodel.Document, error) {
	st, err := os.Stat(path)
	if err != nil {
		return graphmodel.Document{}, fmt.Errorf("read document: %w", err)
	}
	if st.IsDir() {
		return graphmodel.Document{}, fmt.Errorf("read document %s: is a directory: %w", path, ErrBadDocument)
	}
	if st.Size() > MaxDocumentSize {
		return graphmodel.Document{}, fmt.Errorf("read document %s: %d bytes is more than the limit of %d: %w", path, st.Size(), MaxDocumentSize, ErrBadDocument)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return graphmodel.Document{}, fmt.Errorf("read document: %w", err)
	}
	d, err := ParseDocument(filepath.Base(path), data)
	if err != nil {
		return d, err
	}
	d.Source = path
	return d, nil
}

// ParseDocument turns file content into a document. HTML (by extension or
// content) is reduced to its visible text with entities decoded; Markdown
// and plain text are kept as written (line ends normalised to "\n", a
// byte-order mark dropped). All offsets of the graph point into the
// returned Text.
//
// The ID is a slug of name without its extension; Title comes from the
// HTML <title>, the first Markdown heading or the first line; Published is
// an ISO date found in HTML metadata or near the top of the text.
// Empty, whitespace-only, binary (NUL bytes, or more than 1% invalid
// UTF-8) and oversized inputs are refused with an error naming the file.
func ParseDocument(name string, data []byte) (graphmodel.Document, error) {
	fail := func(why string) (graphmodel.Document, error) {
		return graphmodel.Document{}, fmt.Errorf("document %s: %s: %w", name, why, ErrBadDocument)
	}
	if len(data) > MaxDocumentSize {
		return fail(fmt.Sprintf("%d bytes is more than the limit of %d", len(data), MaxDocumentSize))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 {
		return fail("binary content (NUL bytes)")
	}
	if bad := invalidUTF8(data); bad*100 > len(data) {
		return fail(fmt.Sprintf("binary or not UTF-8 (%d invalid bytes)", bad))
	}
	text := strings.ToValidUTF8(string(data), "\uFFFD")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")

	doc := graphmodel.Document{ID: Slug(trimExt(name))}
	if doc.ID == "" {
		doc.ID = "document"
	}
	ext := strings.ToLower(filepath.Ext(name))
	var meta htmlMeta
	switch {
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || (ext != ".md" && ext != ".txt" && looksLikeHTML(text)):
		text, meta = stripHTML(text)
	}
	if strings.TrimSpace(text) == "" {
		if len(data) == 0 {
			return fail("empty")
		}
		return fail("no text (only white space or markup)")
	}
	doc.Text = text
	doc.Title = meta.title
	if doc.Title == "" {
		doc.Title = firstLineTitle(text, ext == ".md" || ext == ".markdown")
	}
	if meta.date != "" {
		doc.Published = meta.date
	} else {
		doc.Published = datelineDate(text)
	}
	return doc, nil
}

func invalidUTF8(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		b = b[size:]
	}
	return n
}

func trimExt(name string) string {
	for {
		ext := filepath.Ext(name)
		switch strings.ToLower(ext) {
		case ".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".text":
			name = strings.TrimSuffix(name, ext)
			continue
		}
		return name
	}
}

// Slug turns s into a lower-case id part of letters, digits and hyphens:
// "Vladimir Putin" → "vladimir-putin". Accents are folded away.
func Slug(s string) string {
	if ascii, ok := slugASCII(s); ok {
		return ascii
	}
	return string(appendSlugFolded(make([]byte, 0, len(s)), s))
}

// appendSlugFolded appends Slug(s) to b by way of graphmodel.Fold, for
// any s.
func appendSlugFolded(b []byte, s string) []byte {
	var buf [128]byte
	folded := graphmodel.AppendFold(buf[:0], s)
	start := len(b)
	dash := false
	for _, r := range string(folded) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && len(b) > start {
				b = append(b, '-')
			}
			dash = false
			b = utf8.AppendRune(b, r)
		case r == '\'' || r == '’' || r == '.':
			// "O'Brien" → "obrien", "U.S." → "us"
		default:
			dash = true
		}
	}
	return b
}

// slugASCII is Slug for ASCII text, without folding first (for ASCII,
// Fold only lower-cases and folds white space, which Slug turns into
// hyphens anyway). Quotation marks and dashes outside ASCII (see
// slugSeparator) are allowed too. It returns s itself when s is its own
// slug, and false when s has another byte outside ASCII.
func slugASCII(s string) (string, bool) {
	same, ok := slugScan(s)
	switch {
	case !ok:
		return "", false
	case same:
		return s, true
	}
	return string(appendSlug(make([]byte, 0, len(s)), s)), true // (no fallback: slugScan said ok)
}

// appendSlug appends Slug(s) to dst, in one pass over s for ASCII text
// (and quotation marks and dashes outside ASCII, see slugASCII); at the
// first other byte outside ASCII it starts again by way of Fold.
func appendSlug(dst []byte, s string) []byte {
	start := len(dst)
	dash := false
	for i := 0; i < len(s); i++ {
		c := slugBytes[s[i]]
		if c > slugWide { // a letter or digit, lower-cased
			if dash && len(dst) > start {
				dst = append(dst, '-')
			}
			dash = false
			dst = append(dst, c)
			continue
		}
		switch c {
		case slugSep:
			dash = true
		case slugWide:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !slugSeparator(r) {
				return appendSlugFolded(dst[:start], s)
			}
			if r != '’' {
				dash = true
			}
			i += size - 1
		}
	}
	return dst
}

// What appendSlug makes of a byte (slugBytes): a letter or digit in
// lower case, or one of these.
const (
	slugSep  = iota // a separator between words
	slugDrop        // left out: "O'Brien" → "obrien", "U.S." → "us"
	slugWide        // a byte outside ASCII
)

// slugBytes holds what appendSlug makes of each byte: a table, not a
// chain of range tests per byte (meeting labels are long).
var slugBytes = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == '\'' || c == '.':
			t[c] = slugDrop
		case c >= 0x80:
			t[c] = slugWide
		default:
			t[c] = slugSep
		}
	}
	return t
}()

// slugScan reports whether slugASCII can make the slug of s (ok), and
// whether s is its own slug (same).
func slugScan(s string) (same, ok bool) {
	same = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !slugSeparator(r) {
				return false, false
			}
			same = false
			i += size - 1
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == '-' && i > 0 && i+1 < len(s) && s[i-1] != '-' && isSlugByte(s[i+1]):
		default:
			same = false
		}
	}
	return same, true
}

// slugSeparator reports quotation marks and dashes that Fold leaves as
// they are (no decomposition, no case, not a mark or a space) and that
// are not letters or digits: in a slug they separate words (’ is
// dropped, as ').
func slugSeparator(r rune) bool {
	switch r {
	case '–', '—', '‘', '’', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

func isSlugByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// firstLineTitle returns the first Markdown heading (when md) or the first
// non-empty line, shortened to a readable length.
func firstLineTitle(text string, md bool) string {
	if md {
		for l := range strings.Lines(text) {
			if t := strings.TrimSpace(l); strings.HasPrefix(t, "#") {
				return clip(strings.TrimSpace(strings.TrimLeft(t, "#")), 200)
			}
		}
	}
	for l := range strings.Lines(text) {
		if t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#")); t != "" {
			return clip(t, 200)
		}
	}
	return ""
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > n/2 {
		cut = sp
	}
	return s[:cut] + "…"
}

// dateline is the first complete date in the first four lines of a text
// (a dateline such as "June 20, 2024, Hanoi" or "2024-06-20").
type dateline struct {
	date    string // ISO
	written string // the words of the date
	lineEnd int    // where its line ends in the text
	// alone: the line is a dateline, with places at most ("KINSHASA,
	// March 10, 2026"), not a sentence or a long title holding a date
	alone bool
}

// findDateline reads the dateline of text, if it has one.
func findDateline(text string) (dateline, bool) {
	seen := 0
	for at := 0; at < len(text); {
		lineEnd := len(text)
		if k := strings.IndexByte(text[at:], '\n'); k >= 0 {
			lineEnd = at + k
		}
		line := strings.TrimSpace(text[at:lineEnd])
		at = lineEnd + 1
		if line == "" {
			continue
		}
		if seen++; seen > 4 {
			break
		}
		short := line
		if len(short) > 160 {
			short = short[:160]
		}
		if d, i, j, ok := findFullDateAt(short); ok {
			return dateline{date: d, written: short[i:j], lineEnd: lineEnd,
				alone: len(line) <= 60 && !strings.HasSuffix(line, ".")}, true
		}
	}
	return dateline{}, false
}

// datelineDate is the ISO date of text's dateline, or "".
func datelineDate(text string) string {
	d, _ := findDateline(text)
	return d.date
}

func looksLikeHTML(text string) bool {
	head := strings.ToLower(strings.TrimSpace(text))
	if len(head) > 512 {
		head = head[:512]
	}
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<body") || strings.Contains(head, "<head>") ||
		(strings.HasPrefix(head, "<") && (strings.Contains(head, "<p>") || strings.Contains(head, "<div")))
}

type htmlMeta struct {
	title string
	date  string
}

// blockTags end a line of text in the stripped output.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "tr": true, "td": true, "th": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "section": true, "article": true,
	"header": true, "footer": true, "blockquote": true, "pre": true, "table": true, "hr": true, "dd": true,
	"dt": true, "figcaption": true, "main": true, "aside": true, "nav": true, "title": true, "time": true,
}

// skipTags have content that is not text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "head": false}

// stripHTML returns the visible text of an HTML document: tags dropped,
// scripts and styles skipped, entities decoded, white space folded, block
// elements on lines of their own. It also picks the title and a
// publication date from the metadata.
func stripHTML(src string) (string, htmlMeta) {
	var meta htmlMeta
	var out strings.Builder
	var run strings.Builder // pending text between tags
	inTitle := false
	var title strings.Builder
	flush := func() {
		t := html.UnescapeString(run.String())
		run.Reset()
		if inTitle {
			title.WriteString(t)
			return
		}
		for _, f := range strings.FieldsFunc(t, unicode.IsSpace) {
			if out.Len() > 0 {
				last := out.String()[out.Len()-1]
				if last != '\n' && last != ' ' {
					out.WriteByte(' ')
				}
			}
			out.WriteString(f)
		}
		if len(t) > 0 && unicode.IsSpace(rune(t[len(t)-1])) && out.Len() > 0 && out.String()[out.Len()-1] != '\n' {
			out.WriteByte(' ')
		}
	}
	newline := func() {
		s := strings.TrimRight(out.String(), " ")
		out.Reset()
		out.WriteString(s)
		if s == "" || strings.HasSuffix(s, "\n\n") {
			return
		}
		if strings.HasSuffix(s, "\n") {
			out.WriteByte('\n')
		} else {
			out.WriteString("\n\n")
		}
	}
	i := 0
	for i < len(src) {
		c := src[i]
		if c != '<' {
			run.WriteByte(c)
			i++
			continue
		}
		if strings.HasPrefix(src[i:], "<!--") {
			flush()
			end := strings.Index(src[i+4:], "-->")
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		end := strings.IndexByte(src[i:], '>')
		if end < 0 {
			run.WriteString(src[i:])
			break
		}
		tag := src[i+1 : i+end]
		i += end + 1
		flush()
		closing := strings.HasPrefix(tag, "/")
		name := strings.ToLower(strings.TrimLeft(tag, "/!?"))
		if k := strings.IndexFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '/' }); k >= 0 {
			name = name[:k]
		}
		switch {
		case skipTags[name] && !closing:
			closeTag := "</" + name
			k := strings.Index(strings.ToLower(src[i:]), closeTag)
			if k < 0 {
				i = len(src)
				continue
			}
			i += k
			if e := strings.IndexByte(src[i:], '>'); e >= 0 {
				i += e + 1
			}
			continue
		case name == "title":
			inTitle = !closing
			if closing {
				meta.title = strings.Join(strings.Fields(title.String()), " ")
			}
			continue
		case name == "meta" && meta.date == "":
			meta.date = metaDate(tag)
		}
		if blockTags[name] {
			newline()
		}
	}
	flush()
	return strings.TrimSpace(out.String()) + "\n", meta
}

// metaDate reads a publication date from a <meta> tag's attributes.
func metaDate(tag string) string {
	low := strings.ToLower(tag)
	keys := []string{"article:published_time", "datepublished", "pubdate", "publishdate", "dc.date", "\"date\"", "og:published_time"}
	found := false
	for _, k := range keys {
		if strings.Contains(low, k) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	k := strings.Index(low, "content=")
	if k < 0 {
		return ""
	}
	v := strings.TrimLeft(tag[k+len("content="):], "\"' ")
	if d, ok := findFullDate(v); ok {
		return d
	}
	return ""
}
