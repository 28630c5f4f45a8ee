-- Editor and admin accounts. No account exists after migration: the first start creates the admin
-- from WEGWIJS_ADMIN_USERNAME/WEGWIJS_ADMIN_PASSWORD or with a one-time password (see AdminBootstrap).
create table editor_account (
    username              varchar(100) primary key,
    password_hash         varchar(200) not null,   -- {bcrypt}... via Spring's DelegatingPasswordEncoder
    role                  varchar(20)  not null check (role in ('EDITOR', 'ADMIN')),
    must_change_password  boolean      not null,
    enabled               boolean      not null default true,
    created_at            timestamptz  not null,
    password_changed_at   timestamptz,
    version               bigint       not null default 0
);
