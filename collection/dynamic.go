package collection

import (
	crand "crypto/rand"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Generator produces the values of dynamic variables ({{$guid}},
// {{$randomEmail}}, ...). The zero value uses a randomly seeded source and
// the real clock. A Generator with a Rand set is not safe for concurrent use
// (math/rand/v2.Rand is not); the default one is.
type Generator struct {
	// Rand is the random source; nil means a source seeded from the OS.
	Rand *rand.Rand
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// NewGenerator returns a Generator with a deterministic source seeded with
// seed and the given clock (nil means time.Now). Tests use it.
func NewGenerator(seed uint64, now func() time.Time) *Generator {
	return &Generator{Rand: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), Now: now}
}

var defaultGenerator = &Generator{}

func (g *Generator) intn(n int) int {
	if n <= 0 {
		return 0
	}
	if g.Rand == nil {
		return rand.IntN(n)
	}
	return g.Rand.IntN(n)
}

func (g *Generator) now() time.Time {
	if g.Now == nil {
		return time.Now()
	}
	return g.Now()
}

func (g *Generator) pick(list []string) string { return list[g.intn(len(list))] }

// between returns an int in [lo, hi].
func (g *Generator) between(lo, hi int) int { return lo + g.intn(hi-lo+1) }

// randReader adapts the generator to io.Reader for UUIDs.
type randReader struct{ g *Generator }

func (r randReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r.g.intn(256))
	}
	return len(p), nil
}

// newUUID returns a version 4 UUID read from r.
func newUUID(r io.Reader) string {
	var b [16]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		// crypto/rand does not fail on supported platforms; fall back to
		// the math source rather than returning a constant.
		for i := range b {
			b[i] = byte(rand.IntN(256))
		}
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func (g *Generator) uuid() string {
	if g.Rand == nil {
		return newUUID(crand.Reader)
	}
	return newUUID(randReader{g})
}

// jsDate formats t as JavaScript's Date.prototype.toString does in UTC.
func jsDate(t time.Time) string {
	return t.UTC().Format("Mon Jan 02 2006 15:04:05") + " GMT+0000 (Coordinated Universal Time)"
}

func isoTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// dynamicGenerators maps each dynamic variable name (with its "$") to its
// generator.
var dynamicGenerators = map[string]func(g *Generator) string{
	"$guid":         func(g *Generator) string { return g.uuid() },
	"$randomUUID":   func(g *Generator) string { return g.uuid() },
	"$timestamp":    func(g *Generator) string { return strconv.FormatInt(g.now().Unix(), 10) },
	"$isoTimestamp": func(g *Generator) string { return isoTime(g.now()) },
	"$randomInt":    func(g *Generator) string { return strconv.Itoa(g.intn(1001)) },

	"$randomAlphaNumeric": func(g *Generator) string { return string(alphaNum[g.intn(len(alphaNum))]) },
	"$randomBoolean":      func(g *Generator) string { return strconv.FormatBool(g.intn(2) == 1) },
	"$randomWord":         func(g *Generator) string { return g.word() },
	"$randomWords":        func(g *Generator) string { return g.words(g.between(2, 4), g.word) },
	"$randomNoun":         func(g *Generator) string { return g.pick(nouns) },
	"$randomVerb":         func(g *Generator) string { return g.pick(verbs) },
	"$randomAdjective":    func(g *Generator) string { return g.pick(adjectives) },
	"$randomIngverb":      func(g *Generator) string { return ingForm(g.pick(verbs)) },
	"$randomLocale":       func(g *Generator) string { return g.pick(locales) },

	"$randomFirstName":  func(g *Generator) string { return g.pick(firstNames) },
	"$randomLastName":   func(g *Generator) string { return g.pick(lastNames) },
	"$randomFullName":   func(g *Generator) string { return g.pick(firstNames) + " " + g.pick(lastNames) },
	"$randomNamePrefix": func(g *Generator) string { return g.pick([]string{"Mr.", "Mrs.", "Ms.", "Miss", "Dr."}) },
	"$randomNameSuffix": func(g *Generator) string {
		return g.pick([]string{"Jr.", "Sr.", "I", "II", "III", "IV", "V", "MD", "DDS", "PhD"})
	},
	"$randomUserName": func(g *Generator) string {
		return g.pick(firstNames) + g.pick([]string{".", "_", ""}) + g.pick(lastNames) + strconv.Itoa(g.intn(100))
	},
	"$randomEmail": func(g *Generator) string {
		return strings.ToLower(g.pick(firstNames)+"."+g.pick(lastNames)) + strconv.Itoa(g.intn(100)) + "@" + g.pick(emailDomains)
	},
	"$randomExampleEmail": func(g *Generator) string {
		return strings.ToLower(g.pick(firstNames)+"."+g.pick(lastNames)) + "@" + g.pick([]string{"example.com", "example.net", "example.org"})
	},
	"$randomPassword": func(g *Generator) string {
		b := make([]byte, 15)
		for i := range b {
			b[i] = alphaNum[g.intn(len(alphaNum))]
		}
		return string(b)
	},
	"$randomDomainWord":   func(g *Generator) string { return g.domainWord() },
	"$randomDomainSuffix": func(g *Generator) string { return g.pick(tlds) },
	"$randomDomainName":   func(g *Generator) string { return g.domainWord() + "." + g.pick(tlds) },
	"$randomUrl": func(g *Generator) string {
		return g.pick([]string{"http", "https"}) + "://" + g.domainWord() + "." + g.pick(tlds)
	},
	"$randomProtocol": func(g *Generator) string { return g.pick([]string{"http", "https"}) },
	"$randomIP": func(g *Generator) string {
		return fmt.Sprintf("%d.%d.%d.%d", g.intn(256), g.intn(256), g.intn(256), g.intn(256))
	},
	"$randomIPV6": func(g *Generator) string {
		parts := make([]string, 8)
		for i := range parts {
			parts[i] = fmt.Sprintf("%x", g.intn(0x10000))
		}
		return strings.Join(parts, ":")
	},
	"$randomMACAddress": func(g *Generator) string {
		parts := make([]string, 6)
		for i := range parts {
			parts[i] = fmt.Sprintf("%02x", g.intn(256))
		}
		return strings.Join(parts, ":")
	},
	"$randomPhoneNumber": func(g *Generator) string {
		return fmt.Sprintf("%03d-%03d-%04d", g.between(200, 999), g.intn(1000), g.intn(10000))
	},
	"$randomPhoneNumberExt": func(g *Generator) string {
		return fmt.Sprintf("%d-%03d-%03d-%04d", g.between(1, 99), g.between(200, 999), g.intn(1000), g.intn(10000))
	},
	"$randomHexColor": func(g *Generator) string { return fmt.Sprintf("#%06x", g.intn(0x1000000)) },
	"$randomColor":    func(g *Generator) string { return g.pick(colors) },

	"$randomCity":        func(g *Generator) string { return g.pick(cities) },
	"$randomCountry":     func(g *Generator) string { return g.pick(countries) },
	"$randomCountryCode": func(g *Generator) string { return g.pick(countryCodes) },
	"$randomStreetName":  func(g *Generator) string { return g.pick(lastNames) + " " + g.pick(streetSuffixes) },
	"$randomStreetAddress": func(g *Generator) string {
		return strconv.Itoa(g.between(1, 9999)) + " " + g.pick(lastNames) + " " + g.pick(streetSuffixes)
	},
	"$randomLatitude": func(g *Generator) string {
		return strconv.FormatFloat(float64(g.intn(1800001)-900000)/10000, 'f', 4, 64)
	},
	"$randomLongitude": func(g *Generator) string {
		return strconv.FormatFloat(float64(g.intn(3600001)-1800000)/10000, 'f', 4, 64)
	},

	"$randomPrice":        func(g *Generator) string { return fmt.Sprintf("%d.%02d", g.between(1, 999), g.intn(100)) },
	"$randomCurrencyCode": func(g *Generator) string { return g.pick(currencyCodes) },
	"$randomBankAccount":  func(g *Generator) string { return fmt.Sprintf("%08d", g.intn(100000000)) },
	"$randomTransactionType": func(g *Generator) string {
		return g.pick([]string{"deposit", "withdrawal", "payment", "invoice"})
	},

	"$randomDatePast":   func(g *Generator) string { return jsDate(g.now().Add(-g.duration(24*time.Hour, 365*24*time.Hour))) },
	"$randomDateFuture": func(g *Generator) string { return jsDate(g.now().Add(g.duration(24*time.Hour, 365*24*time.Hour))) },
	"$randomDateRecent": func(g *Generator) string { return jsDate(g.now().Add(-g.duration(time.Minute, 24*time.Hour))) },
	"$randomWeekday":    func(g *Generator) string { return time.Weekday(g.intn(7)).String() },
	"$randomMonth":      func(g *Generator) string { return time.Month(g.between(1, 12)).String() },

	"$randomLoremWord":      func(g *Generator) string { return g.pick(lorem) },
	"$randomLoremWords":     func(g *Generator) string { return g.words(3, func() string { return g.pick(lorem) }) },
	"$randomLoremSentence":  func(g *Generator) string { return g.sentence() },
	"$randomLoremSentences": func(g *Generator) string { return g.sentences(g.between(2, 6), " ") },
	"$randomLoremParagraph": func(g *Generator) string { return g.sentences(g.between(3, 6), " ") },
	"$randomLoremParagraphs": func(g *Generator) string {
		ps := make([]string, 3)
		for i := range ps {
			ps[i] = g.sentences(g.between(3, 6), " ")
		}
		return strings.Join(ps, "\n\n")
	},
	"$randomLoremText":  func(g *Generator) string { return g.sentences(g.between(2, 5), " ") },
	"$randomLoremLines": func(g *Generator) string { return g.sentences(g.between(1, 5), "\n") },
	"$randomLoremSlug": func(g *Generator) string {
		return g.words(3, func() string { return g.pick(lorem) }, "-")
	},

	"$randomCompanyName": func(g *Generator) string {
		switch g.intn(3) {
		case 0:
			return g.pick(lastNames) + " " + g.pick([]string{"Inc", "LLC", "Group", "and Sons"})
		case 1:
			return g.pick(lastNames) + " - " + g.pick(lastNames)
		}
		return g.pick(lastNames) + ", " + g.pick(lastNames) + " and " + g.pick(lastNames)
	},
	"$randomCompanySuffix": func(g *Generator) string { return g.pick([]string{"Inc", "LLC", "Group", "and Sons"}) },
	"$randomCatchPhrase": func(g *Generator) string {
		return capitalise(g.pick(adjectives)) + " " + g.pick(catchMiddles) + " " + g.pick(catchNouns)
	},
	"$randomBs": func(g *Generator) string {
		return g.pick(verbs) + " " + g.pick(adjectives) + " " + g.pick(catchNouns)
	},
	"$randomJobTitle": func(g *Generator) string {
		return g.pick(jobDescriptors) + " " + g.pick(jobAreas) + " " + g.pick(jobTypes)
	},
	"$randomJobDescriptor": func(g *Generator) string { return g.pick(jobDescriptors) },
	"$randomJobArea":       func(g *Generator) string { return g.pick(jobAreas) },
	"$randomJobType":       func(g *Generator) string { return g.pick(jobTypes) },
	"$randomDepartment":    func(g *Generator) string { return g.pick(departments) },
	"$randomProductName": func(g *Generator) string {
		return g.pick(productAdjectives) + " " + g.pick(productMaterials) + " " + g.pick(products)
	},
	"$randomProduct":          func(g *Generator) string { return g.pick(products) },
	"$randomProductAdjective": func(g *Generator) string { return g.pick(productAdjectives) },
	"$randomProductMaterial":  func(g *Generator) string { return g.pick(productMaterials) },

	"$randomMimeType":      func(g *Generator) string { return g.pick(mimeTypes) },
	"$randomFileExt":       func(g *Generator) string { return g.pick(fileExts) },
	"$randomCommonFileExt": func(g *Generator) string { return g.pick(fileExts[:6]) },
	"$randomFileName":      func(g *Generator) string { return g.pick(lorem) + "_" + g.pick(lorem) + "." + g.pick(fileExts) },
	"$randomFilePath": func(g *Generator) string {
		return "/" + g.pick(directories) + "/" + g.pick(lorem) + "." + g.pick(fileExts)
	},
	"$randomDirectoryPath": func(g *Generator) string { return "/" + g.pick(directories) + "/" + g.pick(lorem) },
	"$randomSemver": func(g *Generator) string {
		return fmt.Sprintf("%d.%d.%d", g.intn(10), g.intn(10), g.intn(10))
	},
	"$randomAbbreviation": func(g *Generator) string { return g.pick(abbreviations) },
	"$randomImageUrl":     func(g *Generator) string { return fmt.Sprintf("https://picsum.photos/seed/%d/640/480", g.intn(100000)) },
	"$randomAvatarImage":  func(g *Generator) string { return fmt.Sprintf("https://i.pravatar.cc/150?img=%d", g.between(1, 70)) },
}

// DynamicVariables returns the names (with their "$") of the supported
// dynamic variables, sorted.
func DynamicVariables() []string {
	out := make([]string, 0, len(dynamicGenerators))
	for k := range dynamicGenerators {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ResolveDynamic generates a value for the dynamic variable name (written
// with its "$", e.g. "$guid") with the default generator; ok is false for an
// unknown name.
func ResolveDynamic(name string) (string, bool) {
	return defaultGenerator.Resolve(name)
}

// Resolve generates a fresh value for the dynamic variable name (with its
// "$"); ok is false for an unknown name.
func (g *Generator) Resolve(name string) (string, bool) {
	fn, ok := dynamicGenerators[name]
	if !ok {
		return "", false
	}
	if g == nil {
		g = defaultGenerator
	}
	return fn(g), true
}

func (g *Generator) duration(lo, hi time.Duration) time.Duration {
	return lo + time.Duration(g.intn(int((hi-lo)/time.Second)))*time.Second
}

func (g *Generator) word() string {
	switch g.intn(3) {
	case 0:
		return g.pick(nouns)
	case 1:
		return g.pick(verbs)
	}
	return g.pick(adjectives)
}

func (g *Generator) words(n int, fn func() string, sep ...string) string {
	s := " "
	if len(sep) > 0 {
		s = sep[0]
	}
	w := make([]string, n)
	for i := range w {
		w[i] = fn()
	}
	return strings.Join(w, s)
}

func (g *Generator) sentence() string {
	return capitalise(g.words(g.between(3, 10), func() string { return g.pick(lorem) })) + "."
}

func (g *Generator) sentences(n int, sep string) string {
	s := make([]string, n)
	for i := range s {
		s[i] = g.sentence()
	}
	return strings.Join(s, sep)
}

func (g *Generator) domainWord() string {
	return strings.ToLower(g.pick(lastNames)) + g.pick([]string{"", "-" + g.pick(nouns)})
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func ingForm(v string) string {
	if strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") {
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

const alphaNum = "abcdefghijklmnopqrstuvwxyz0123456789"

// Word lists for the faker subset (written for this project, en locale).
var (
	firstNames = []string{"Ada", "Alan", "Amara", "Bianca", "Boris", "Carmen", "Chen", "Dario", "Delia", "Elena",
		"Emeka", "Farid", "Fiona", "Grace", "Hugo", "Ines", "Ivan", "Jonas", "Julia", "Kenji", "Lara", "Liam",
		"Maya", "Mateo", "Nadia", "Noah", "Olga", "Oscar", "Priya", "Quinn", "Rosa", "Samir", "Sofia", "Tariq",
		"Uma", "Victor", "Wanda", "Xavier", "Yara", "Zoe"}
	lastNames = []string{"Abbott", "Baker", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Hoffman",
		"Ibrahim", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero",
		"Rossi", "Schmidt", "Tanaka", "Underwood", "Varga", "Walker", "Xu", "Yilmaz", "Zimmerman"}
	emailDomains      = []string{"example.com", "example.net", "example.org", "mail.example", "inbox.example"}
	tlds              = []string{"com", "net", "org", "info", "biz", "io", "name"}
	nouns             = []string{"anchor", "bridge", "canvas", "circuit", "engine", "feather", "garden", "harbor", "island", "journal", "kernel", "lantern", "matrix", "network", "orchard", "pixel", "quartz", "river", "signal", "tunnel", "valley", "window", "yard", "zephyr"}
	verbs             = []string{"build", "calculate", "compress", "connect", "deploy", "encrypt", "generate", "index", "navigate", "override", "parse", "program", "quantify", "reboot", "synthesize", "transmit", "validate", "back up", "bypass", "copy"}
	adjectives        = []string{"agile", "bright", "calm", "digital", "eager", "fluffy", "gentle", "handy", "ideal", "jolly", "keen", "lucid", "mobile", "neat", "open", "primary", "quiet", "robust", "solid", "tidy", "virtual", "wireless"}
	locales           = []string{"en", "en_US", "en_GB", "de", "fr", "es", "it", "nl", "pt_BR", "ja", "ko", "zh_CN"}
	colors            = []string{"red", "green", "blue", "yellow", "orange", "purple", "pink", "black", "white", "gray", "teal", "cyan", "magenta", "maroon", "olive", "navy", "lime", "indigo", "violet", "turquoise", "gold", "silver"}
	cities            = []string{"Amsterdam", "Berlin", "Cairo", "Denver", "Edinburgh", "Florence", "Geneva", "Helsinki", "Istanbul", "Jakarta", "Kyoto", "Lisbon", "Madrid", "Nairobi", "Oslo", "Prague", "Quito", "Riga", "Seoul", "Toronto", "Utrecht", "Vienna", "Warsaw", "Zagreb"}
	countries         = []string{"Argentina", "Australia", "Brazil", "Canada", "Chile", "Denmark", "Egypt", "Finland", "France", "Germany", "India", "Ireland", "Japan", "Kenya", "Mexico", "Netherlands", "Norway", "Poland", "Portugal", "Spain", "Sweden", "United Kingdom", "United States of America"}
	countryCodes      = []string{"AR", "AU", "BR", "CA", "CL", "DK", "EG", "FI", "FR", "DE", "IN", "IE", "JP", "KE", "MX", "NL", "NO", "PL", "PT", "ES", "SE", "GB", "US"}
	streetSuffixes    = []string{"Street", "Avenue", "Road", "Lane", "Drive", "Court", "Way", "Boulevard", "Place"}
	currencyCodes     = []string{"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "BRL", "INR", "CNY", "ZAR", "MXN"}
	lorem             = []string{"alias", "amet", "aperiam", "beatae", "culpa", "dolor", "dolores", "eius", "enim", "error", "est", "fugit", "harum", "illum", "ipsa", "ipsum", "labore", "lorem", "magni", "minus", "nemo", "nobis", "odio", "omnis", "quia", "quos", "rerum", "saepe", "sint", "sit", "sunt", "tempora", "ut", "velit", "veniam", "vitae", "voluptas"}
	catchMiddles      = []string{"client-server", "context-sensitive", "cross-platform", "distributed", "fault-tolerant", "multi-layered", "real-time", "scalable", "user-centric", "zero-defect"}
	catchNouns        = []string{"architecture", "benchmark", "capability", "database", "framework", "hierarchy", "interface", "middleware", "paradigm", "solution", "throughput", "workforce"}
	jobDescriptors    = []string{"Lead", "Senior", "Principal", "Junior", "Chief", "Global", "Regional", "District", "Corporate", "Dynamic"}
	jobAreas          = []string{"Data", "Security", "Infrastructure", "Marketing", "Operations", "Quality", "Research", "Web", "Mobile", "Accounts"}
	jobTypes          = []string{"Engineer", "Analyst", "Architect", "Consultant", "Designer", "Developer", "Manager", "Specialist", "Strategist", "Technician"}
	departments       = []string{"Books", "Clothing", "Computers", "Electronics", "Garden", "Grocery", "Health", "Home", "Music", "Outdoors", "Sports", "Tools", "Toys"}
	products          = []string{"Chair", "Table", "Lamp", "Keyboard", "Mouse", "Shirt", "Shoes", "Hat", "Gloves", "Bike", "Ball", "Clock", "Towels", "Soap"}
	productAdjectives = []string{"Small", "Ergonomic", "Rustic", "Intelligent", "Handmade", "Sleek", "Practical", "Refined", "Generic", "Licensed"}
	productMaterials  = []string{"Steel", "Wooden", "Concrete", "Plastic", "Cotton", "Granite", "Rubber", "Metal", "Frozen", "Fresh"}
	mimeTypes         = []string{"application/json", "application/xml", "application/pdf", "application/zip", "application/octet-stream", "text/plain", "text/html", "text/csv", "image/png", "image/jpeg", "image/gif", "audio/mpeg", "video/mp4"}
	fileExts          = []string{"json", "txt", "pdf", "png", "jpg", "csv", "xml", "html", "zip", "mp3", "mp4", "gif"}
	directories       = []string{"usr", "var", "etc", "opt", "home", "srv", "tmp", "data"}
	abbreviations     = []string{"API", "CSS", "HTML", "HTTP", "JSON", "SQL", "TCP", "UDP", "XML", "SSL", "TLS", "RAM", "USB", "SMTP", "FTP"}
)
