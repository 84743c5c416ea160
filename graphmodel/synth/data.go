package synth

// The word lists below are the generator's own: syllables for made-up
// names, and templates of diplomatic prose written for Dossier.

var (
	onsets = []string{"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr", "sh", "ch", "zh", "kh", "j", "y", "w"}
	vowels = []string{"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia", "ya"}
	codas  = []string{"n", "r", "l", "s", "k", "m", "v", "sh", "th", "nd", "rt"}
)

var roles = []string{
	"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Secretary of State",
	"Deputy Foreign Minister", "Special Envoy", "National Security Adviser", "Ambassador",
	"Chancellor", "Trade Minister", "Vice President",
}

type country struct {
	name, adjective string
	cities          []string
}

var countries = []country{
	{"France", "French", []string{"Paris", "Lyon", "Marseille"}},
	{"Germany", "German", []string{"Berlin", "Munich", "Hamburg"}},
	{"Japan", "Japanese", []string{"Tokyo", "Osaka", "Kyoto"}},
	{"Brazil", "Brazilian", []string{"Brasília", "São Paulo", "Rio de Janeiro"}},
	{"India", "Indian", []string{"New Delhi", "Mumbai", "Bengaluru"}},
	{"Kenya", "Kenyan", []string{"Nairobi", "Mombasa"}},
	{"Turkey", "Turkish", []string{"Ankara", "Istanbul", "Antalya"}},
	{"Egypt", "Egyptian", []string{"Cairo", "Alexandria", "Sharm el-Sheikh"}},
	{"Canada", "Canadian", []string{"Ottawa", "Toronto", "Montreal"}},
	{"Mexico", "Mexican", []string{"Mexico City", "Guadalajara"}},
	{"Indonesia", "Indonesian", []string{"Jakarta", "Bali", "Surabaya"}},
	{"Norway", "Norwegian", []string{"Oslo", "Bergen"}},
	{"Poland", "Polish", []string{"Warsaw", "Kraków", "Gdańsk"}},
	{"Vietnam", "Vietnamese", []string{"Hanoi", "Ho Chi Minh City", "Da Nang"}},
	{"Argentina", "Argentine", []string{"Buenos Aires", "Córdoba"}},
	{"South Africa", "South African", []string{"Pretoria", "Cape Town", "Johannesburg"}},
	{"Qatar", "Qatari", []string{"Doha"}},
	{"Switzerland", "Swiss", []string{"Bern", "Geneva", "Zurich"}},
	{"Australia", "Australian", []string{"Canberra", "Sydney", "Melbourne"}},
	{"Nigeria", "Nigerian", []string{"Abuja", "Lagos"}},
}

// meetingWords are plural nouns, so templates read "the talks were".
var meetingWords = []string{"talks", "negotiations", "consultations"}

var openers = []string{
	"{HOSTADJ} {HOSTROLE} {HOST} held {MEETING} with {GUESTADJ} {GUESTROLE} {GUEST} in {CITY} on {DAY}, the first such contact this year.",
	"{GUESTADJ} {GUESTROLE} {GUEST} arrived in {CITY} on {WEEKDAY} for {MEETING} with {HOSTADJ} {HOSTROLE} {HOST}.",
	"In {CITY}, {HOSTROLE} {HOST} met {GUESTADJ} {GUESTROLE} {GUEST} on {DAY} for several hours of {MEETING}.",
	"{HOST}, the {HOSTADJ} {HOSTROLE}, hosted {GUEST} in {CITY} on {DAY}, as the two sides opened {MEETING}.",
}

var quoteTemplates = []string{
	"“{QUOTE},” {SPEAKER} said after the {MEETING}.",
	"{ROLE} {SPEAKER} told reporters that “{quote}.”",
	"“{QUOTE},” said {FULL}, adding that more work remained.",
	"Speaking to journalists, {SPEAKER} said: “{QUOTE}.”",
	"The {ADJ} {ROLE} said of the {MEETING}: “{QUOTE}.”",
	"According to {FULL}, “{quote}.”",
}

var quoteBodies = []string{
	"we made real progress on {TOPIC}",
	"there is still a long way to go on {TOPIC}",
	"our positions on {TOPIC} remain far apart",
	"this was a frank and useful exchange on {TOPIC} and {TOPIC2}",
	"we agreed to keep talking about {TOPIC}",
	"nobody should expect a breakthrough on {TOPIC} overnight",
	"both sides want stability and a fair deal on {TOPIC}",
}

var followUps = []string{
	"{GUEST} is expected to travel to {OTHERCITY} next {MONTH} for talks with {OTHERADJ} {OTHERROLE} {OTHER}.",
	"A further meeting between {GUEST} and {OTHER}, the {OTHERADJ} {OTHERROLE}, is planned in {OTHERCITY}.",
	"Earlier, {GUEST} had held a phone call with {OTHERADJ} {OTHERROLE} {OTHER}, officials in {OTHERCITY} said.",
}

var background = []string{
	"Relations between {HOSTC} and {GUESTC} have been strained since {YEAR} over {TOPIC}.",
	"{HOSTADJ} and {GUESTADJ} officials have met several times this year to discuss {TOPIC} and {TOPIC2}.",
	"Analysts say {TOPIC} will dominate the agenda, with {TOPIC2} a close second.",
	"{GUESTC} has long pressed {HOSTC} for concessions on {TOPIC}.",
	"The two countries signed an agreement on {TOPIC} in {YEAR}.",
}

var topics = []string{
	"trade", "energy supplies", "border security", "fishing rights", "climate finance",
	"sanctions", "arms control", "visa rules", "grain exports", "debt relief", "maritime claims",
	"refugee flows", "nuclear safety", "cyber security", "investment", "water rights",
}
