-- Polnet's two roles on an external PostgreSQL (docs/operations.md, "Least privilege"). Run as a superuser with
-- psql, after replacing both passwords: psql -v ON_ERROR_STOP=1 -f database-roles.sql
-- polnet_owner owns the schema and runs the migrations (SPRING_FLYWAY_USER); polnet_app is what Polnet runs as
-- (POLNET_DB_USER): it reads and writes data, may add audit rows but never change or delete them, and cannot
-- create, alter or drop anything.
CREATE ROLE polnet_owner LOGIN PASSWORD 'replace-with-the-owner-password';
CREATE ROLE polnet_app LOGIN PASSWORD 'replace-with-the-application-password';
CREATE DATABASE polnet OWNER polnet_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE polnet FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE polnet TO polnet_app;

\connect polnet
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO polnet_owner;
GRANT USAGE ON SCHEMA public TO polnet_app;
-- every table and sequence the migrations create is usable by the application; migration V120 then takes
-- UPDATE, DELETE and TRUNCATE on the audit tables back from every role but their owner
ALTER DEFAULT PRIVILEGES FOR ROLE polnet_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO polnet_app;
ALTER DEFAULT PRIVILEGES FOR ROLE polnet_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO polnet_app;
