package paint

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// Font styles, the slots of Fonts' embedded faces.
const (
	styleRegular = iota
	styleBold
	styleItalic
	styleBoldItalic
	styleMono
	styleMonoBold
	numStyles
)

// Fonts holds the typefaces labels are drawn with: the Go fonts, embedded
// in the binary, and optionally fallback faces found on the system for
// scripts the Go fonts lack (CJK above all). Characters no face has are
// drawn as empty boxes ("tofu"). A Fonts is safe for concurrent use and
// may be shared by many Painters.
type Fonts struct {
	faces [numStyles]*sfnt.Font

	dirs []string // searched once for fallback faces; nil: no search

	mu        sync.Mutex
	searched  bool
	fallbacks []*sfnt.Font
	names     []string
	data      [][]byte // the files of fallbacks
}

// FontOptions configure NewFonts.
type FontOptions struct {
	// System searches the system's font folders (SystemFontDirs) for
	// fallback faces the first time a label needs a character the Go
	// fonts lack.
	System bool
	// Dirs replaces the folders searched when System is set.
	Dirs []string
}

// NewFonts parses the embedded Go fonts.
func NewFonts(opt FontOptions) (*Fonts, error) {
	f := &Fonts{}
	for i, ttf := range [numStyles][]byte{goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF, gomono.TTF, gomonobold.TTF} {
		face, err := sfnt.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("load embedded font: %w", err)
		}
		f.faces[i] = face
	}
	if opt.System {
		f.dirs = opt.Dirs
		if f.dirs == nil {
			f.dirs = SystemFontDirs()
		}
	}
	return f, nil
}

// SystemFontDirs returns the usual font folders of the running system.
func SystemFontDirs() []string {
	home, _ := os.UserHomeDir() // without a home folder there is nothing to search there
	switch runtime.GOOS {
	case "windows":
		win := os.Getenv("WINDIR")
		if win == "" {
			win = `C:\Windows`
		}
		return []string{filepath.Join(win, "Fonts")}
	case "darwin":
		d := []string{"/System/Library/Fonts", "/Library/Fonts"}
		if home != "" {
			d = append(d, filepath.Join(home, "Library", "Fonts"))
		}
		return d
	default:
		d := []string{"/usr/share/fonts", "/usr/local/share/fonts"}
		if home != "" {
			d = append(d, filepath.Join(home, ".local", "share", "fonts"), filepath.Join(home, ".fonts"))
		}
		return d
	}
}

// fallbackFiles names font files worth loading as fallbacks, best first:
// CJK faces, then broad-coverage faces for other scripts and symbols.
var fallbackFiles = []string{
	"notosanscjk-regular.ttc", "notosanscjksc-regular.otf", "notosanscjkjp-regular.otf",
	"notosanscjktc-regular.otf", "notosanscjkkr-regular.otf", "sourcehansans-regular.ttc",
	"wqy-microhei.ttc", "wqy-zenhei.ttc", "droidsansfallbackfull.ttf", "droidsansfallback.ttf",
	"uming.ttc", "ukai.ttc", "pingfang.ttc", "hiragino sans gb.ttc", "msyh.ttc", "msgothic.ttc",
	"simsun.ttc", "malgun.ttf", "arialuni.ttf", "arial unicode.ttf",
	"dejavusans.ttf", "notosans-regular.ttf", "freesans.ttf", "segoeui.ttf",
}

// maxFallbacks bounds how many fallback faces are loaded.
const maxFallbacks = 3

// Fallbacks returns the names of the fallback font files loaded so far.
func (f *Fonts) Fallbacks() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.names...)
}

// fallbackFaces returns the fallback faces, searching for them on first
// use.
func (f *Fonts) fallbackFaces() []*sfnt.Font {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.searched {
		f.searched = true
		f.search()
	}
	return f.fallbacks
}

func (f *Fonts) search() {
	if len(f.dirs) == 0 {
		return
	}
	rank := make(map[string]int, len(fallbackFiles))
	for i, n := range fallbackFiles {
		rank[n] = i
	}
	found := make([]string, len(fallbackFiles))
	for _, dir := range f.dirs {
		// Unreadable folders and files are skipped: fallbacks are a
		// nicety, and tofu boxes show what is missing.
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if i, ok := rank[strings.ToLower(d.Name())]; ok && !d.IsDir() && found[i] == "" {
				found[i] = p
			}
			return nil
		})
	}
	for _, p := range found {
		if p == "" || len(f.fallbacks) >= maxFallbacks {
			continue
		}
		if face, data := loadFace(p); face != nil {
			f.fallbacks = append(f.fallbacks, face)
			f.names = append(f.names, filepath.Base(p))
			f.data = append(f.data, data)
		}
	}
}

// loadFace reads a font file or the first face of a collection (with the
// file's bytes when it is a single font), or returns nil.
func loadFace(path string) (*sfnt.Font, []byte) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil
	}
	if face, err := sfnt.Parse(data); err == nil {
		return face, data
	}
	c, err := sfnt.ParseCollection(data)
	if err != nil || c.NumFonts() == 0 {
		return nil, nil
	}
	face, err := c.Font(0)
	if err != nil {
		return nil, nil
	}
	return face, nil
}

// Covers reports whether the embedded Go fonts draw r.
func (f *Fonts) Covers(r rune) bool {
	var b sfnt.Buffer
	i, err := f.faces[styleRegular].GlyphIndex(&b, r)
	return err == nil && i != 0
}

// FallbackFor returns the name and file contents of the first fallback
// face that draws r (searching the system on first use), for writers that
// embed fonts (PDF). Faces read from font collections are not offered.
func (f *Fonts) FallbackFor(r rune) (name string, data []byte, ok bool) {
	faces := f.fallbackFaces()
	f.mu.Lock()
	defer f.mu.Unlock()
	var b sfnt.Buffer
	for i, face := range faces {
		if f.data[i] == nil {
			continue
		}
		if g, err := face.GlyphIndex(&b, r); err == nil && g != 0 {
			return f.names[i], f.data[i], true
		}
	}
	return "", nil, false
}
