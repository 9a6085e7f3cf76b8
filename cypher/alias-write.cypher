// `old` now means `target`; aliases that pointed at `old` follow it to `target`.
CALL () {
  MATCH (other:Alias {target: $old})
  SET other.target = $target
}
MERGE (a:Alias {id: $old})
SET a.target = $target
