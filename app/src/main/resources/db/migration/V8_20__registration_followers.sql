-- A desk that sent a registration follows it: it looks at the registrar for all the registrations it
-- follows together, every poll interval, and renews followed_until (a lease) before it runs out. The
-- registration watch adopts waiting registrations that no desk follows any more (the desk stopped,
-- or was killed): followed_until passed, or never set long after the registration was sent.
ALTER TABLE orders ADD COLUMN followed_until TIMESTAMP WITH TIME ZONE;
