-- Mosaic embedded store, schema 4: how many items each indexed word occurs in, read by search to leave out words so
-- common that ranking by them costs much and tells little.
CREATE VIRTUAL TABLE items_vocab USING fts5vocab(items_fts, 'row');
