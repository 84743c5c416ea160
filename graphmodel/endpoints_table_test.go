package graphmodel

import "testing"

// CheckEndpoints answers from its table what the lists of endpoints say,
// for known and unknown kinds alike.
func TestEndpointsTable(t *testing.T) {
	eks := append(EdgeKinds(), "nonsense", "")
	nks := append(Kinds(), "thing", "")
	for _, k := range eks {
		for _, src := range nks {
			for _, dst := range nks {
				got, want := CheckEndpoints(k, src, dst), checkEndpoints(k, src, dst)
				if (got == nil) != (want == nil) || got != nil && got.Error() != want.Error() {
					t.Errorf("CheckEndpoints(%q, %q, %q) = %v, want %v", k, src, dst, got, want)
				}
			}
		}
	}
	if err := CheckEndpoints(EdgeParticipant, KindActor, KindMeeting); err != nil {
		t.Errorf("participant from actor to meeting: %v", err)
	}
	if err := CheckEndpoints(EdgeParticipant, KindMeeting, KindActor); err == nil {
		t.Error("participant from meeting to actor accepted")
	}
}
