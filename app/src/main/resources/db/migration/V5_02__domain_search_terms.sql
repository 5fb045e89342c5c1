-- The words a domain is found by: the words of its name in ASCII and Unicode form, lower-cased
-- without accents, as UTF-8 bytes, so that a word prefix is a byte range the index answers on both
-- databases (a LIKE '%x%' over every domain was too slow at 100,000 domains). The same encoding as
-- customer_search_terms, so one search text reads both tables.
CREATE TABLE domain_search_terms (
  domain_id BIGINT NOT NULL,
  term BYTEA NOT NULL,
  CONSTRAINT domain_search_terms_domain_id_fkey FOREIGN KEY (domain_id) REFERENCES domains (id)
);

CREATE INDEX domain_search_terms_term_domain_id_idx ON domain_search_terms (term, domain_id);
CREATE INDEX domain_search_terms_domain_id_idx ON domain_search_terms (domain_id);
