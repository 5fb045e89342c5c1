-- A search by customer name or e-mail address turns the customers found into their domains' ids:
-- with the id in the index PostgreSQL reads them from the index alone instead of scanning domains.
CREATE INDEX domains_customer_id_id_idx ON domains (customer_id, id);
