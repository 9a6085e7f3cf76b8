// Idempotent per (suggestion, verdict, at): importing the same backup twice records nothing twice.
MERGE (d:SuggestionDecision {suggestion: $suggestion, verdict: $verdict, at: $at})
ON CREATE SET d.kind = $kind, d.editor = $editor, d.reason = $reason, d.detail = $detail
