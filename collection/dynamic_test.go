package collection_test

import (
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/runner-ci/runner/collection"
)

func TestDynamicVariables(t *testing.T) {
	required := []string{"$guid", "$timestamp", "$isoTimestamp", "$randomInt", "$randomUUID",
		"$randomAlphaNumeric", "$randomBoolean", "$randomWord", "$randomWords", "$randomFirstName", "$randomLastName",
		"$randomFullName", "$randomUserName", "$randomEmail", "$randomPassword", "$randomUrl", "$randomIP",
		"$randomIPV6", "$randomHexColor", "$randomColor", "$randomCity", "$randomCountry", "$randomCountryCode",
		"$randomPhoneNumber", "$randomPrice", "$randomCurrencyCode", "$randomDatePast", "$randomDateFuture",
		"$randomDateRecent", "$randomLoremWord", "$randomLoremWords", "$randomLoremSentence", "$randomLoremParagraph",
		"$randomCompanyName", "$randomJobTitle", "$randomProductName", "$randomMimeType", "$randomFileName",
		"$randomSemver", "$randomNoun", "$randomVerb", "$randomAdjective",
		// used by the real-world corpus
		"$randomLoremSentences", "$randomCatchPhrase"}
	have := map[string]bool{}
	for _, n := range collection.DynamicVariables() {
		have[n] = true
	}
	for _, n := range required {
		if !have[n] {
			t.Errorf("DynamicVariables() lacks %s", n)
		}
	}
	for _, n := range collection.DynamicVariables() {
		v, ok := collection.ResolveDynamic(n)
		if !ok || v == "" {
			t.Errorf("ResolveDynamic(%s) = %q, %v", n, v, ok)
		}
	}
	if _, ok := collection.ResolveDynamic("$nope"); ok {
		t.Errorf("ResolveDynamic($nope) ok")
	}
	if _, ok := collection.ResolveDynamic("guid"); ok {
		t.Errorf("ResolveDynamic without $ ok")
	}
}

func TestDynamicFormats(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	g := collection.NewGenerator(42, func() time.Time { return now })
	formats := map[string]*regexp.Regexp{
		"$guid":                regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`),
		"$timestamp":           regexp.MustCompile(`^` + strconv.FormatInt(now.Unix(), 10) + `$`),
		"$isoTimestamp":        regexp.MustCompile(`^2026-06-01T12:00:00\.000Z$`),
		"$randomAlphaNumeric":  regexp.MustCompile(`^[a-z0-9]$`),
		"$randomBoolean":       regexp.MustCompile(`^(true|false)$`),
		"$randomEmail":         regexp.MustCompile(`^[a-z]+\.[a-z]+[0-9]*@[a-z.]+$`),
		"$randomPassword":      regexp.MustCompile(`^[a-z0-9]{15}$`),
		"$randomUrl":           regexp.MustCompile(`^https?://[a-z-]+\.[a-z]+$`),
		"$randomIP":            regexp.MustCompile(`^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$`),
		"$randomIPV6":          regexp.MustCompile(`^([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$`),
		"$randomHexColor":      regexp.MustCompile(`^#[0-9a-f]{6}$`),
		"$randomCountryCode":   regexp.MustCompile(`^[A-Z]{2}$`),
		"$randomPhoneNumber":   regexp.MustCompile(`^\d{3}-\d{3}-\d{4}$`),
		"$randomPrice":         regexp.MustCompile(`^\d+\.\d{2}$`),
		"$randomCurrencyCode":  regexp.MustCompile(`^[A-Z]{3}$`),
		"$randomSemver":        regexp.MustCompile(`^\d\.\d\.\d$`),
		"$randomDatePast":      regexp.MustCompile(`^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} \d{2} 20(25|26) \d{2}:\d{2}:\d{2} GMT\+0000 \(Coordinated Universal Time\)$`),
		"$randomMimeType":      regexp.MustCompile(`^[a-z]+/[a-z0-9.+-]+$`),
		"$randomFileName":      regexp.MustCompile(`^[a-z]+_[a-z]+\.[a-z0-9]+$`),
		"$randomLoremSentence": regexp.MustCompile(`^[A-Z][a-z]*( [a-z]+){2,9}\.$`),
	}
	for name, re := range formats {
		for i := 0; i < 20; i++ {
			v, ok := g.Resolve(name)
			if !ok || !re.MatchString(v) {
				t.Errorf("%s = %q, want match of %s", name, v, re)
				break
			}
		}
	}
	for i := 0; i < 50; i++ {
		v, _ := g.Resolve("$randomInt")
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1000 {
			t.Fatalf("$randomInt = %q", v)
		}
	}
	// A seeded generator is deterministic.
	a := collection.NewGenerator(7, nil)
	b := collection.NewGenerator(7, nil)
	for _, n := range []string{"$guid", "$randomFullName", "$randomLoremParagraph"} {
		va, _ := a.Resolve(n)
		vb, _ := b.Resolve(n)
		if va != vb {
			t.Errorf("%s differs between equally seeded generators: %q vs %q", n, va, vb)
		}
	}
}
