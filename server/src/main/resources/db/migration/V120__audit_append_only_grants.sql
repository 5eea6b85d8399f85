-- The audit trail is append-only in the database's privileges too, not only by its triggers: every role but the
-- tables' owner (who runs these migrations) loses UPDATE, DELETE and TRUNCATE on them. Polnet's runtime role
-- (docs/database-roles.sql) then may read and add audit rows but never change or remove one, and, not owning the
-- tables, cannot drop or disable the triggers either. With one role for both (the embedded demo database) nothing
-- changes here and the triggers remain the guard.
DO $$
DECLARE
    granted record;
BEGIN
    FOR granted IN
        SELECT DISTINCT c.relname AS table_name,
               CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee
        FROM pg_class c
        CROSS JOIN LATERAL aclexplode(c.relacl) a
        WHERE c.relnamespace = current_schema()::regnamespace
          AND c.relname IN ('audit_entry', 'audit_block', 'audit_chain', 'audit_checkpoint')
          AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
          AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %s', granted.table_name, granted.grantee);
    END LOOP;
END
$$;
