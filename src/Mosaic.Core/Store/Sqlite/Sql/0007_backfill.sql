-- Mosaic embedded store, schema 7: where `mosaic connect slack` got to. One row per resumable step of a backfill (one
-- conversation's history, one thread's replies; the people, the conversation list and member lists are fetched whole
-- every run) and one row 'run', done once a whole run has finished. A step moves through passes: a pass fetches
-- pages from `cursor`, each stored before its cursor is saved, and asks only for messages after `oldest` (null: all of
-- them); `newest` is the newest ts the step has stored, where its next pass starts. done marks a finished pass. A rerun
-- after an interruption carries on each unfinished pass from its cursor and leaves finished ones alone.
CREATE TABLE backfill_steps (
    source      TEXT NOT NULL,
    step        TEXT NOT NULL,
    cursor      TEXT,
    oldest      TEXT,
    newest      TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    updated_utc INTEGER NOT NULL,
    PRIMARY KEY (source, step)
) WITHOUT ROWID;
