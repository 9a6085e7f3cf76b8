// Waits until every index is online, so the first search after open cannot hit a populating index.
CALL db.awaitIndexes(300)
