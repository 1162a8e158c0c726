-- Mosaic embedded store, schema 7: where `mosaic connect slack` got to. One row per step of a backfill (the people,
-- the conversation list, one conversation's members or history, one thread's replies) with the cursor of the next
-- page to fetch; done once its last page is stored. A rerun after an interruption resumes each step from its cursor.
CREATE TABLE backfill_steps (
    source      TEXT NOT NULL,
    step        TEXT NOT NULL,
    cursor      TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    updated_utc INTEGER NOT NULL,
    PRIMARY KEY (source, step)
) WITHOUT ROWID;
