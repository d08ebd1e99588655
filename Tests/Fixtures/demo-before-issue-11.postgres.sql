--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _fluent_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_migrations (
    id uuid NOT NULL,
    name text NOT NULL,
    batch bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: account_notices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_notices (
    id uuid NOT NULL,
    person_id uuid NOT NULL,
    channel text NOT NULL,
    kind text NOT NULL,
    address text NOT NULL,
    format text,
    params text NOT NULL,
    state text NOT NULL,
    attempts bigint NOT NULL,
    last_error text,
    next_attempt_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: action_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_items (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    series_id uuid,
    title text NOT NULL,
    owner_id uuid NOT NULL,
    due_on text NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    reminded_on text,
    version bigint NOT NULL
);


--
-- Name: agenda_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agenda_items (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    "position" bigint NOT NULL,
    title text NOT NULL,
    minutes bigint NOT NULL,
    presenter_id uuid
);


--
-- Name: auth_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_sessions (
    id uuid NOT NULL,
    token_hash text NOT NULL,
    kind text NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    person_id uuid NOT NULL
);


--
-- Name: booking_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.booking_events (
    id uuid NOT NULL,
    booking_id uuid NOT NULL,
    actor_id uuid,
    action text NOT NULL,
    detail text NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: bookings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bookings (
    id uuid NOT NULL,
    room_id uuid NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    title text NOT NULL,
    purpose text NOT NULL,
    headcount bigint NOT NULL,
    booker_id uuid NOT NULL,
    department_id uuid,
    status text NOT NULL,
    priority boolean NOT NULL,
    decision_reason text,
    decided_by_id uuid,
    decided_at timestamp with time zone,
    displaced_by_id uuid,
    checked_in_at timestamp with time zone,
    checked_out_at timestamp with time zone,
    actual_headcount bigint,
    condition_note text,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    seq bigint NOT NULL,
    CONSTRAINT bookings_start_before_end CHECK ((starts_at < ends_at))
);


--
-- Name: bookings_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.bookings_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: bookings_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.bookings_seq_seq OWNED BY public.bookings.seq;


--
-- Name: calendar_copies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_copies (
    object_id uuid NOT NULL,
    recipient text NOT NULL,
    sequence bigint NOT NULL,
    events text NOT NULL,
    held boolean NOT NULL,
    confirmed boolean NOT NULL,
    revision bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: calendar_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_days (
    date text NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: calendar_feeds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_feeds (
    id uuid NOT NULL,
    token_digest text NOT NULL,
    owner_id uuid NOT NULL,
    person_id uuid,
    room_id uuid,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: calendar_periods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_periods (
    id uuid NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    starts_on text NOT NULL,
    ends_on text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: checklist_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checklist_items (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    "position" bigint NOT NULL,
    category text NOT NULL,
    title text NOT NULL,
    due_at timestamp with time zone NOT NULL,
    assignee_id uuid,
    done_at timestamp with time zone,
    done_by_id uuid,
    reminded_at timestamp with time zone
);


--
-- Name: departments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.departments (
    id uuid NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    parent_id uuid
);


--
-- Name: login_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_attempts (
    id uuid NOT NULL,
    username text NOT NULL,
    client text NOT NULL,
    succeeded boolean NOT NULL,
    attempted_at timestamp with time zone NOT NULL
);


--
-- Name: materials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.materials (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    filename text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    content bytea NOT NULL,
    uploaded_by_id uuid NOT NULL,
    uploaded_at timestamp with time zone NOT NULL
);


--
-- Name: meeting_participants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_participants (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    person_id uuid,
    guest_name text,
    guest_email text,
    source text NOT NULL,
    role text NOT NULL,
    removed boolean NOT NULL,
    added_at timestamp with time zone NOT NULL
);


--
-- Name: meeting_reminders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_reminders (
    meeting_id uuid NOT NULL,
    offset_minutes bigint NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: meeting_reporters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_reporters (
    meeting_id uuid NOT NULL,
    "position" bigint NOT NULL,
    person_id uuid NOT NULL
);


--
-- Name: meeting_series; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_series (
    id uuid NOT NULL,
    type_id uuid,
    title text NOT NULL,
    organiser_id uuid NOT NULL,
    room_id uuid,
    rule text NOT NULL,
    starts_local text NOT NULL,
    duration_minutes bigint NOT NULL,
    through text NOT NULL,
    holiday_policy text NOT NULL,
    period_kind text,
    per_period bigint,
    rdates text NOT NULL,
    exdates text NOT NULL,
    participants text NOT NULL,
    headcount bigint NOT NULL,
    status text NOT NULL,
    split_from_id uuid,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: meeting_types; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_types (
    id uuid NOT NULL,
    code text NOT NULL,
    clause text NOT NULL,
    name text NOT NULL,
    host text NOT NULL,
    host_role text,
    participants text NOT NULL,
    rule text,
    per_period bigint,
    period_kind text,
    start_minute bigint NOT NULL,
    duration_minutes bigint NOT NULL,
    ad_hoc boolean NOT NULL,
    cadence text NOT NULL,
    reporters_in_order boolean NOT NULL,
    agenda text NOT NULL,
    default_room_id uuid,
    active boolean NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    content_access text
);


--
-- Name: meetings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meetings (
    id uuid NOT NULL,
    series_id uuid,
    type_id uuid,
    title text NOT NULL,
    organiser_id uuid NOT NULL,
    room_id uuid,
    booking_id uuid,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    headcount bigint NOT NULL,
    recurrence_key text,
    status text NOT NULL,
    overridden boolean NOT NULL,
    sequence bigint NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: meetings_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.meetings_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: meetings_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.meetings_seq_seq OWNED BY public.meetings.seq;


--
-- Name: minutes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.minutes (
    meeting_id uuid NOT NULL,
    body text NOT NULL,
    decisions text NOT NULL,
    published_at timestamp with time zone,
    version bigint NOT NULL,
    updated_by_id uuid,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: notices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notices (
    id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    participant_id uuid NOT NULL,
    person_id uuid,
    channel text NOT NULL,
    kind text NOT NULL,
    address text,
    format text,
    state text NOT NULL,
    attempts bigint NOT NULL,
    last_error text,
    next_attempt_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    read_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    object_id uuid,
    calendar_sequence bigint
);


--
-- Name: notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications (
    id uuid NOT NULL,
    person_id uuid NOT NULL,
    kind text NOT NULL,
    booking_id uuid,
    params text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    meeting_id uuid,
    seq bigint NOT NULL
);


--
-- Name: notifications_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.notifications_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notifications_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.notifications_seq_seq OWNED BY public.notifications.seq;


--
-- Name: organisation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organisation (
    key text NOT NULL,
    name text NOT NULL,
    time_zone text NOT NULL
);


--
-- Name: people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people (
    id uuid NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL,
    "position" text,
    email text,
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    department_id uuid,
    webhook_url text,
    webhook_format text,
    seq bigint NOT NULL
);


--
-- Name: people_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.people_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: people_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.people_seq_seq OWNED BY public.people.seq;


--
-- Name: purposes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.purposes (
    code text NOT NULL,
    name_zh_hans text NOT NULL,
    name_zh_hant text NOT NULL,
    name_en text NOT NULL,
    active boolean NOT NULL,
    sort_order bigint NOT NULL
);


--
-- Name: room_equipment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_equipment (
    id uuid NOT NULL,
    item text NOT NULL,
    quantity bigint NOT NULL,
    sort_order bigint NOT NULL,
    room_id uuid NOT NULL
);


--
-- Name: rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rooms (
    id uuid NOT NULL,
    name text NOT NULL,
    building text NOT NULL,
    floor text NOT NULL,
    capacity bigint NOT NULL,
    room_class text NOT NULL,
    description text NOT NULL,
    opens_at bigint NOT NULL,
    closes_at bigint NOT NULL,
    min_lead_minutes bigint NOT NULL,
    max_advance_days bigint NOT NULL,
    max_duration_minutes bigint NOT NULL,
    auto_approve boolean NOT NULL,
    status text NOT NULL,
    maintenance_starts_at timestamp with time zone,
    maintenance_ends_at timestamp with time zone,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    managing_department_id uuid
);


--
-- Name: bookings seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings ALTER COLUMN seq SET DEFAULT nextval('public.bookings_seq_seq'::regclass);


--
-- Name: meetings seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings ALTER COLUMN seq SET DEFAULT nextval('public.meetings_seq_seq'::regclass);


--
-- Name: notifications seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications ALTER COLUMN seq SET DEFAULT nextval('public.notifications_seq_seq'::regclass);


--
-- Name: people seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people ALTER COLUMN seq SET DEFAULT nextval('public.people_seq_seq'::regclass);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public._fluent_migrations VALUES ('44760730-2c49-4de6-a8fe-4493304f60af', 'HuiwuStore.CreateOrganisation', 1, '2026-12-02 04:43:43.894519+00', '2026-12-02 04:43:43.894519+00');
INSERT INTO public._fluent_migrations VALUES ('ad422d66-856f-47c0-bc20-70ab175f5733', 'HuiwuStore.CreateDepartment', 1, '2026-12-02 04:43:43.90044+00', '2026-12-02 04:43:43.90044+00');
INSERT INTO public._fluent_migrations VALUES ('133b4503-368f-40b4-b6b5-e85a31581b00', 'HuiwuStore.CreatePerson', 1, '2026-12-02 04:43:43.904919+00', '2026-12-02 04:43:43.904919+00');
INSERT INTO public._fluent_migrations VALUES ('afc41a5b-82d3-448f-9e58-f879eb0c931b', 'HuiwuStore.CreateAuthSession', 1, '2026-12-02 04:43:43.909349+00', '2026-12-02 04:43:43.909349+00');
INSERT INTO public._fluent_migrations VALUES ('1a692f46-494b-46bd-b38f-e2ed37dee1bd', 'HuiwuStore.CreateLoginAttempt', 1, '2026-12-02 04:43:43.915985+00', '2026-12-02 04:43:43.915985+00');
INSERT INTO public._fluent_migrations VALUES ('1e175567-b8ed-445c-be59-fa40fee83892', 'HuiwuStore.CreatePurpose', 1, '2026-12-02 04:43:43.929439+00', '2026-12-02 04:43:43.929439+00');
INSERT INTO public._fluent_migrations VALUES ('7c7b36fd-de8c-473e-88af-69a882aa34a6', 'HuiwuStore.CreateRoom', 1, '2026-12-02 04:43:43.934574+00', '2026-12-02 04:43:43.934574+00');
INSERT INTO public._fluent_migrations VALUES ('b69ec8ab-6afd-4a6f-b2ce-970e8290f833', 'HuiwuStore.CreateRoomEquipment', 1, '2026-12-02 04:43:43.940592+00', '2026-12-02 04:43:43.940592+00');
INSERT INTO public._fluent_migrations VALUES ('40ae5b0f-1bde-4aed-b174-0c18aaf2fb60', 'HuiwuStore.CreateBooking', 1, '2026-12-02 04:43:43.950051+00', '2026-12-02 04:43:43.950051+00');
INSERT INTO public._fluent_migrations VALUES ('ab4b13bd-a034-4cc7-b732-54167b5446d9', 'HuiwuStore.AddBookingNoOverlapConstraint', 1, '2026-12-02 04:43:43.98431+00', '2026-12-02 04:43:43.98431+00');
INSERT INTO public._fluent_migrations VALUES ('6fe74c90-d356-4ce8-92df-7a452470d953', 'HuiwuStore.CreateBookingEvent', 1, '2026-12-02 04:43:43.990775+00', '2026-12-02 04:43:43.990775+00');
INSERT INTO public._fluent_migrations VALUES ('dee5ad28-b05c-478e-a20d-c55cb5961497', 'HuiwuStore.CreateNotification', 1, '2026-12-02 04:43:43.996166+00', '2026-12-02 04:43:43.996166+00');
INSERT INTO public._fluent_migrations VALUES ('d1b9f120-b2b2-4858-9b14-204527f78764', 'HuiwuStore.AddUnreadNotificationIndex', 1, '2026-12-02 04:43:43.99905+00', '2026-12-02 04:43:43.99905+00');
INSERT INTO public._fluent_migrations VALUES ('ff3fc5c8-221e-4c91-9c77-df385e8b04c8', 'HuiwuStore.CreateCalendarDay', 1, '2026-12-02 04:43:44.003043+00', '2026-12-02 04:43:44.003043+00');
INSERT INTO public._fluent_migrations VALUES ('cbd1f997-4200-44d4-8d3b-eafdc69a7635', 'HuiwuStore.CreateCalendarPeriod', 1, '2026-12-02 04:43:44.006584+00', '2026-12-02 04:43:44.006584+00');
INSERT INTO public._fluent_migrations VALUES ('efef4b99-c220-4ee8-bb5e-635bd0764c17', 'HuiwuStore.CreateMeetingType', 1, '2026-12-02 04:43:44.011278+00', '2026-12-02 04:43:44.011278+00');
INSERT INTO public._fluent_migrations VALUES ('7206c3a9-2d27-459b-a74b-922f6fcc0dfb', 'HuiwuStore.CreateMeetingSeries', 1, '2026-12-02 04:43:44.016099+00', '2026-12-02 04:43:44.016099+00');
INSERT INTO public._fluent_migrations VALUES ('94bf4584-1254-4149-b560-03a9e6a5d07f', 'HuiwuStore.CreateMeeting', 1, '2026-12-02 04:43:44.024611+00', '2026-12-02 04:43:44.024611+00');
INSERT INTO public._fluent_migrations VALUES ('5e4abf14-e19b-40b3-ae26-c178b6f53231', 'HuiwuStore.CreateMeetingParticipant', 1, '2026-12-02 04:43:44.033558+00', '2026-12-02 04:43:44.033558+00');
INSERT INTO public._fluent_migrations VALUES ('e6fe7c4e-ee00-4d84-93c6-d4c4776a9564', 'HuiwuStore.CreateCalendarFeed', 1, '2026-12-02 04:43:44.038364+00', '2026-12-02 04:43:44.038364+00');
INSERT INTO public._fluent_migrations VALUES ('9394f748-7635-4a41-8c91-077973d01205', 'HuiwuStore.CreateNotice', 1, '2026-12-02 04:43:44.044418+00', '2026-12-02 04:43:44.044418+00');
INSERT INTO public._fluent_migrations VALUES ('2ed162b6-b638-4e87-b7e1-aed8f05bf1f2', 'HuiwuStore.AddPersonWebhook', 1, '2026-12-02 04:43:44.0483+00', '2026-12-02 04:43:44.0483+00');
INSERT INTO public._fluent_migrations VALUES ('9494c9bd-3dd0-4fa1-8910-b0d3ef2ad1f8', 'HuiwuStore.AddNotificationMeeting', 1, '2026-12-02 04:43:44.05119+00', '2026-12-02 04:43:44.05119+00');
INSERT INTO public._fluent_migrations VALUES ('b27cf54a-b825-4482-8b66-a4ade0b92021', 'HuiwuStore.CreateMeetingReminder', 1, '2026-12-02 04:43:44.056175+00', '2026-12-02 04:43:44.056175+00');
INSERT INTO public._fluent_migrations VALUES ('1c65521c-7baa-4e08-afff-6934e9bce572', 'HuiwuStore.CreateAgendaItem', 1, '2026-12-02 04:43:44.062139+00', '2026-12-02 04:43:44.062139+00');
INSERT INTO public._fluent_migrations VALUES ('9d70f3fd-70cf-4b3f-bc7a-5ddaf5721e94', 'HuiwuStore.CreateMeetingReporter', 1, '2026-12-02 04:43:44.06597+00', '2026-12-02 04:43:44.06597+00');
INSERT INTO public._fluent_migrations VALUES ('d5a588c4-ceda-41de-b1fb-6c508fc5d3e6', 'HuiwuStore.CreateChecklistItem', 1, '2026-12-02 04:43:44.075797+00', '2026-12-02 04:43:44.075797+00');
INSERT INTO public._fluent_migrations VALUES ('3119b53d-4ad6-43b3-98ec-3b103d81912d', 'HuiwuStore.CreateMaterial', 1, '2026-12-02 04:43:44.082238+00', '2026-12-02 04:43:44.082238+00');
INSERT INTO public._fluent_migrations VALUES ('21b2c5fe-945d-44a0-b527-51a7888a6bad', 'HuiwuStore.CreateMinutes', 1, '2026-12-02 04:43:44.086133+00', '2026-12-02 04:43:44.086133+00');
INSERT INTO public._fluent_migrations VALUES ('0b0e4c02-d24f-432c-864f-59c153146fcd', 'HuiwuStore.CreateActionItem', 1, '2026-12-02 04:43:44.092591+00', '2026-12-02 04:43:44.092591+00');
INSERT INTO public._fluent_migrations VALUES ('37495cf4-5657-41b0-9287-052a5e31af81', 'HuiwuStore.CreateCalendarCopy', 1, '2026-12-02 04:43:44.095483+00', '2026-12-02 04:43:44.095483+00');
INSERT INTO public._fluent_migrations VALUES ('6c868e2c-2709-4d52-a314-6fa36f723faa', 'HuiwuStore.AddNoticeCalendarObject', 1, '2026-12-02 04:43:44.098212+00', '2026-12-02 04:43:44.098212+00');
INSERT INTO public._fluent_migrations VALUES ('d08617c9-13a8-4339-b00f-e96a4a47d647', 'HuiwuStore.AddListSequence', 1, '2026-12-02 04:43:44.120598+00', '2026-12-02 04:43:44.120598+00');
INSERT INTO public._fluent_migrations VALUES ('ecd49e97-00da-4a0d-b2ed-73adeff52e61', 'HuiwuStore.CreateAccountNotice', 1, '2026-12-02 04:43:44.126409+00', '2026-12-02 04:43:44.126409+00');
INSERT INTO public._fluent_migrations VALUES ('2c0f1808-59ea-4135-8a84-4b29f3bf1eb3', 'HuiwuStore.AddMeetingTypeContentAccess', 1, '2026-12-02 04:43:44.129506+00', '2026-12-02 04:43:44.129506+00');


--
-- Data for Name: account_notices; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: action_items; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: agenda_items; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.agenda_items VALUES ('01a23510-db1d-713f-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 1, '通报本月工作任务完成情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7142-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 2, '根据质检检查情况奖优罚劣', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7144-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 3, '各班组汇报当月工作，指出工作中存在的问题', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7146-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 4, '业务培训及疑难问题解答', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7148-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 5, '通报下月工作计划及工作目标', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-714a-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 1, '通报本月工作任务完成情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-714b-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 2, '根据质检检查情况奖优罚劣', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-714d-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 3, '各班组汇报当月工作，指出工作中存在的问题', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-714e-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 4, '业务培训及疑难问题解答', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-714f-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 5, '通报下月工作计划及工作目标', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7151-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 1, '通报本月工作任务完成情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7152-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 2, '根据质检检查情况奖优罚劣', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7153-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 3, '各班组汇报当月工作，指出工作中存在的问题', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7154-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 4, '业务培训及疑难问题解答', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7155-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 5, '通报下月工作计划及工作目标', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7156-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 1, '通报本月工作任务完成情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7158-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 2, '根据质检检查情况奖优罚劣', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-715a-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 3, '各班组汇报当月工作，指出工作中存在的问题', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-715b-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 4, '业务培训及疑难问题解答', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-715c-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 5, '通报下月工作计划及工作目标', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-715d-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 1, '通报本月工作任务完成情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-715e-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 2, '根据质检检查情况奖优罚劣', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-715f-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 3, '各班组汇报当月工作，指出工作中存在的问题', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7160-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 4, '业务培训及疑难问题解答', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7161-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 5, '通报下月工作计划及工作目标', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7163-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 1, '通报本月工作任务完成情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7164-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 2, '根据质检检查情况奖优罚劣', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7165-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 3, '各班组汇报当月工作，指出工作中存在的问题', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7166-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 4, '业务培训及疑难问题解答', 25, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db1d-7167-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 5, '通报下月工作计划及工作目标', 15, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7325-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7329-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-732b-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-732d-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-732f-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7331-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7333-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7334-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7336-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7337-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7339-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-733b-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-733c-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-733e-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-733f-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7340-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7342-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7344-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7345-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7346-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7348-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7349-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-734a-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-734b-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-734d-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-734e-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-734f-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7350-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7351-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7352-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7353-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7355-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7356-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7357-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7358-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-7359-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-735b-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', 1, '就服务、安全、作风、培训、考勤等讲评本周工作', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-735c-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', 2, '通报业务处理情况', 10, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-735d-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', 3, '特殊疑难问题案例分析', 20, NULL);
INSERT INTO public.agenda_items VALUES ('01a23510-db53-735e-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', 4, '总结统一答复口径，传达到每位业务代表', 10, NULL);


--
-- Data for Name: auth_sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: booking_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.booking_events VALUES ('01a23510-d3a5-71cb-8320-fdd6af8fa146', '01a23510-d3a4-7359-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-11-30T02:30:00Z","headcount":"5","purpose":"reception","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-11-30T01:00:00Z","status":"pending","title":"客户接待"}', '2026-11-27 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3b6-736d-8320-fdd6af8fa146', '01a23510-d3a4-7359-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-27 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3c1-7209-8320-fdd6af8fa146', '01a23510-d3a4-7359-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"4"}', '2026-11-30 01:03:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3c9-71e9-8320-fdd6af8fa146', '01a23510-d3a4-7359-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"","headcount":"4"}', '2026-11-30 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3cc-7256-8320-fdd6af8fa146', '01a23510-d3cc-717e-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-11-30T07:30:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-11-30T06:00:00Z","status":"pending","title":"项目启动会"}', '2026-11-27 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3d7-7154-8320-fdd6af8fa146', '01a23510-d3cc-717e-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-27 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3e0-738e-8320-fdd6af8fa146', '01a23510-d3cc-717e-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"3"}', '2026-11-30 06:06:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3e7-73d7-8320-fdd6af8fa146', '01a23510-d3cc-717e-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"","headcount":"3"}', '2026-11-30 07:35:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3ec-70df-8320-fdd6af8fa146', '01a23510-d3ec-701b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-11-30T03:30:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-11-30T01:30:00Z","status":"pending","title":"技术方案讨论"}', '2026-11-27 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d3ff-7188-8320-fdd6af8fa146', '01a23510-d3ec-701b-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-27 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d409-700a-8320-fdd6af8fa146', '01a23510-d3ec-701b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_in', '{"headcount":"5"}', '2026-11-30 01:39:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d410-73c9-8320-fdd6af8fa146', '01a23510-d3ec-701b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_out', '{"condition":"","headcount":"5"}', '2026-11-30 03:25:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d415-70f7-8320-fdd6af8fa146', '01a23510-d415-7036-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-11-30T07:30:00Z","headcount":"5","purpose":"review","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-11-30T06:00:00Z","status":"pending","title":"季度销售复盘"}', '2026-11-27 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d420-722c-8320-fdd6af8fa146', '01a23510-d415-7036-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-27 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d42b-7101-8320-fdd6af8fa146', '01a23510-d415-7036-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'checked_in', '{"headcount":"4"}', '2026-11-30 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d434-7024-8320-fdd6af8fa146', '01a23510-d415-7036-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'checked_out', '{"condition":"","headcount":"4"}', '2026-11-30 07:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d438-7284-8320-fdd6af8fa146', '01a23510-d438-71bd-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-11-30T02:30:00Z","headcount":"5","purpose":"meeting","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-11-30T01:00:00Z","status":"approved","title":"项目启动会"}', '2026-11-27 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d441-71ce-8320-fdd6af8fa146', '01a23510-d438-71bd-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"3"}', '2026-11-30 01:03:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d448-7327-8320-fdd6af8fa146', '01a23510-d438-71bd-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"白板笔缺失","headcount":"3"}', '2026-11-30 02:35:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d44c-70b9-8320-fdd6af8fa146', '01a23510-d44b-73b8-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-11-30T09:00:00Z","headcount":"5","purpose":"meeting","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-11-30T07:00:00Z","status":"approved","title":"预算评审"}', '2026-11-27 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d455-72fe-8320-fdd6af8fa146', '01a23510-d44b-73b8-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'checked_in', '{"headcount":"5"}', '2026-11-30 07:06:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d462-727e-8320-fdd6af8fa146', '01a23510-d44b-73b8-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'checked_out', '{"condition":"","headcount":"5"}', '2026-11-30 08:55:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d467-7146-8320-fdd6af8fa146', '01a23510-d467-707d-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-11-30T02:30:00Z","headcount":"60","purpose":"meeting","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-11-30T01:30:00Z","status":"pending","title":"部门例会"}', '2026-11-27 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d470-71ce-8320-fdd6af8fa146', '01a23510-d467-707d-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-27 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d476-7233-8320-fdd6af8fa146', '01a23510-d476-7169-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-11-30T08:30:00Z","headcount":"5","purpose":"reception","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-11-30T07:00:00Z","status":"pending","title":"客户接待"}', '2026-11-27 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d47e-728d-8320-fdd6af8fa146', '01a23510-d476-7169-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-27 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d488-7222-8320-fdd6af8fa146', '01a23510-d476-7169-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"3"}', '2026-11-30 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d49a-73a2-8320-fdd6af8fa146', '01a23510-d476-7169-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"","headcount":"3"}', '2026-11-30 08:35:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4a0-70e9-8320-fdd6af8fa146', '01a23510-d4a0-701b-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-11-30T03:00:00Z","headcount":"5","purpose":"meeting","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-11-30T01:00:00Z","status":"pending","title":"预算评审"}', '2026-11-27 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4aa-71bc-8320-fdd6af8fa146', '01a23510-d4a0-701b-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-27 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4b4-718b-8320-fdd6af8fa146', '01a23510-d4a0-701b-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'checked_in', '{"headcount":"5"}', '2026-11-30 01:03:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4bd-7180-8320-fdd6af8fa146', '01a23510-d4a0-701b-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'checked_out', '{"condition":"","headcount":"5"}', '2026-11-30 02:55:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4c0-7129-8320-fdd6af8fa146', '01a23510-d4bf-73de-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-11-30T08:00:00Z","headcount":"5","purpose":"meeting","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-11-30T06:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-11-27 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4ca-71a9-8320-fdd6af8fa146', '01a23510-d4bf-73de-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'rejected', '{"reason":"该时段已安排领导接待"}', '2026-11-27 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4d0-71a7-8320-fdd6af8fa146', '01a23510-d4d0-70cf-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-11-30T02:30:00Z","headcount":"5","purpose":"training","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-11-30T01:30:00Z","status":"pending","title":"新员工培训"}', '2026-11-27 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4dc-73e4-8320-fdd6af8fa146', '01a23510-d4d0-70cf-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-27 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4e6-729e-8320-fdd6af8fa146', '01a23510-d4d0-70cf-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'checked_in', '{"headcount":"3"}', '2026-11-30 01:39:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4ef-716d-8320-fdd6af8fa146', '01a23510-d4d0-70cf-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'checked_out', '{"condition":"","headcount":"3"}', '2026-11-30 02:35:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4f4-7089-8320-fdd6af8fa146', '01a23510-d4f3-738c-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-11-30T07:30:00Z","headcount":"3","purpose":"meeting","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-11-30T06:00:00Z","status":"approved","title":"项目启动会"}', '2026-11-27 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d4fb-72ab-8320-fdd6af8fa146', '01a23510-d4f3-738c-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"3"}', '2026-11-30 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d503-72f4-8320-fdd6af8fa146', '01a23510-d4f3-738c-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"","headcount":"3"}', '2026-11-30 07:25:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d506-72cf-8320-fdd6af8fa146', '01a23510-d506-7214-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-01T03:00:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-01T01:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-11-28 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d510-7363-8320-fdd6af8fa146', '01a23510-d506-7214-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-28 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d519-72c8-8320-fdd6af8fa146', '01a23510-d506-7214-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_in', '{"headcount":"4"}', '2026-12-01 01:03:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d522-7061-8320-fdd6af8fa146', '01a23510-d506-7214-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_out', '{"condition":"","headcount":"4"}', '2026-12-01 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d524-7292-8320-fdd6af8fa146', '01a23510-d524-71d9-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-01T08:30:00Z","headcount":"5","purpose":"review","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-01T07:00:00Z","status":"pending","title":"季度销售复盘"}', '2026-11-28 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d530-71e0-8320-fdd6af8fa146', '01a23510-d524-71d9-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-28 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d53f-72d7-8320-fdd6af8fa146', '01a23510-d534-7347-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-28 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d535-7010-8320-fdd6af8fa146', '01a23510-d534-7347-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-01T03:30:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-01T02:00:00Z","status":"pending","title":"项目启动会"}', '2026-11-28 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d54d-713a-8320-fdd6af8fa146', '01a23510-d534-7347-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"5"}', '2026-12-01 02:09:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d568-723e-8320-fdd6af8fa146', '01a23510-d55f-70ad-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-28 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d57b-7359-8320-fdd6af8fa146', '01a23510-d55f-70ad-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'checked_out', '{"condition":"","headcount":"4"}', '2026-12-01 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d57e-73a2-8320-fdd6af8fa146', '01a23510-d57e-72dd-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-01T02:00:00Z","headcount":"5","purpose":"meeting","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-01T01:00:00Z","status":"approved","title":"部门例会"}', '2026-11-28 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d59d-73e4-8320-fdd6af8fa146', '01a23510-d57e-72dd-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_out', '{"condition":"","headcount":"3"}', '2026-12-01 02:05:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d5a1-70dc-8320-fdd6af8fa146', '01a23510-d5a1-7016-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-01T07:30:00Z","headcount":"60","purpose":"reception","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-01T06:00:00Z","status":"pending","title":"客户接待"}', '2026-11-28 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d5b7-706b-8320-fdd6af8fa146', '01a23510-d5a1-7016-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"60"}', '2026-12-01 06:06:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d5ed-706b-8320-fdd6af8fa146', '01a23510-d5d4-7399-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-28 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d602-73a4-8320-fdd6af8fa146', '01a23510-d5d4-7399-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'checked_out', '{"condition":"","headcount":"4"}', '2026-12-01 04:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d605-729e-8320-fdd6af8fa146', '01a23510-d605-71d6-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-01T09:00:00Z","headcount":"5","purpose":"meeting","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-01T07:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-11-28 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d628-731f-8320-fdd6af8fa146', '01a23510-d615-70ff-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-28 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d62d-7257-8320-fdd6af8fa146', '01a23510-d62d-71ae-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-01T08:30:00Z","headcount":"5","purpose":"meeting","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-01T07:00:00Z","status":"pending","title":"项目启动会"}', '2026-11-28 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d644-710e-8320-fdd6af8fa146', '01a23510-d62d-71ae-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"4"}', '2026-12-01 07:06:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d65d-72af-8320-fdd6af8fa146', '01a23510-d64e-7393-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_in', '{"headcount":"1"}', '2026-12-01 02:09:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d678-7117-8320-fdd6af8fa146', '01a23510-d669-71b5-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_in', '{"headcount":"3"}', '2026-12-01 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d694-71b3-8320-fdd6af8fa146', '01a23510-d682-728e-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d698-72e5-8320-fdd6af8fa146', '01a23510-d698-7221-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-02T03:00:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-02T01:30:00Z","status":"pending","title":"项目启动会"}', '2026-11-29 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6ab-71dd-8320-fdd6af8fa146', '01a23510-d698-7221-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_in', '{"headcount":"3"}', '2026-12-02 01:36:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6c0-7017-8320-fdd6af8fa146', '01a23510-d6b5-7142-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6c4-70d8-8320-fdd6af8fa146', '01a23510-d6c4-704a-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-02T03:00:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-02T02:00:00Z","status":"pending","title":"部门例会"}', '2026-11-29 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6e5-7007-8320-fdd6af8fa146', '01a23510-d6dc-73bd-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'rejected', '{"reason":"该时段已安排领导接待"}', '2026-11-29 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6e8-703c-8320-fdd6af8fa146', '01a23510-d6e7-7333-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-02T08:00:00Z","headcount":"60","purpose":"meeting","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-02T06:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-11-29 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6fd-7195-8320-fdd6af8fa146', '01a23510-d6f3-72af-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d714-7036-8320-fdd6af8fa146', '01a23510-d6f3-72af-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'checked_out', '{"condition":"","headcount":"3"}', '2026-12-02 03:05:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d717-71b9-8320-fdd6af8fa146', '01a23510-d717-70f5-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-02T07:30:00Z","headcount":"5","purpose":"meeting","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-02T06:00:00Z","status":"pending","title":"项目启动会"}', '2026-11-29 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d72e-73e2-8320-fdd6af8fa146', '01a23510-d725-739c-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d743-7102-8320-fdd6af8fa146', '01a23510-d725-739c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_out', '{"condition":"","headcount":"4"}', '2026-12-02 03:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d746-727a-8320-fdd6af8fa146', '01a23510-d746-71b6-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-02T08:00:00Z","headcount":"5","purpose":"meeting","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-02T07:00:00Z","status":"pending","title":"部门例会"}', '2026-11-29 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d75f-7168-8320-fdd6af8fa146', '01a23510-d756-70e5-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'checked_in', '{"headcount":"3"}', '2026-12-02 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d772-7373-8320-fdd6af8fa146', '01a23510-d76a-71cb-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-30 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d776-70d3-8320-fdd6af8fa146', '01a23510-d776-7057-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-03T08:00:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-03T06:00:00Z","status":"pending","title":"预算评审"}', '2026-11-30 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d785-72e2-8320-fdd6af8fa146', '01a23510-d77e-734f-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-30 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d78b-7145-8320-fdd6af8fa146', '01a23510-d78b-7085-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-03T07:30:00Z","headcount":"5","purpose":"reception","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-03T06:00:00Z","status":"pending","title":"客户接待"}', '2026-11-30 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d78d-73b9-8320-fdd6af8fa146', '01a23510-d78d-7314-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-03T03:00:00Z","headcount":"5","purpose":"meeting","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-03T01:00:00Z","status":"approved","title":"预算评审"}', '2026-11-30 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d790-739e-8320-fdd6af8fa146', '01a23510-d790-7320-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-03T09:00:00Z","headcount":"5","purpose":"meeting","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-03T07:00:00Z","status":"approved","title":"技术方案讨论"}', '2026-11-30 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d794-73dc-8320-fdd6af8fa146', '01a23510-d794-7319-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-03T02:30:00Z","headcount":"60","purpose":"training","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-03T01:30:00Z","status":"pending","title":"新员工培训"}', '2026-11-30 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7af-73d3-8320-fdd6af8fa146', '01a23510-d7a6-71eb-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-30 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7b3-7381-8320-fdd6af8fa146', '01a23510-d7b3-72de-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-03T07:00:00Z","headcount":"5","purpose":"meeting","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-03T06:00:00Z","status":"pending","title":"部门例会"}', '2026-11-30 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7c9-7194-8320-fdd6af8fa146', '01a23510-d7c0-7075-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-30 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7cd-703e-8320-fdd6af8fa146', '01a23510-d7cc-7383-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-03T08:00:00Z","headcount":"3","purpose":"meeting","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-03T06:00:00Z","status":"approved","title":"预算评审"}', '2026-11-30 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7cf-7326-8320-fdd6af8fa146', '01a23510-d7cf-72a4-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-04T02:00:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-04T01:00:00Z","status":"pending","title":"部门例会"}', '2026-12-01 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7ea-7276-8320-fdd6af8fa146', '01a23510-d7dd-7396-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'rejected', '{"reason":"该时段已安排领导接待"}', '2026-12-01 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d55c-7135-8320-fdd6af8fa146', '01a23510-d534-7347-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"白板笔缺失","headcount":"5"}', '2026-12-01 03:25:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d55f-71c6-8320-fdd6af8fa146', '01a23510-d55f-70ad-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-01T08:00:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-01T06:00:00Z","status":"pending","title":"预算评审"}', '2026-11-28 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d572-7218-8320-fdd6af8fa146', '01a23510-d55f-70ad-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'checked_in', '{"headcount":"4"}', '2026-12-01 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d58b-70ce-8320-fdd6af8fa146', '01a23510-d57e-72dd-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_in', '{"headcount":"3"}', '2026-12-01 01:03:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d5aa-7258-8320-fdd6af8fa146', '01a23510-d5a1-7016-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-28 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d5cb-714d-8320-fdd6af8fa146', '01a23510-d5a1-7016-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"","headcount":"60"}', '2026-12-01 07:25:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d5d5-70a5-8320-fdd6af8fa146', '01a23510-d5d4-7399-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-01T04:00:00Z","headcount":"5","purpose":"meeting","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-01T02:00:00Z","status":"pending","title":"预算评审"}', '2026-11-28 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d5f9-72af-8320-fdd6af8fa146', '01a23510-d5d4-7399-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'checked_in', '{"headcount":"4"}', '2026-12-01 02:09:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d610-7243-8320-fdd6af8fa146', '01a23510-d605-71d6-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'rejected', '{"reason":"该时段已安排领导接待"}', '2026-11-28 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d615-7219-8320-fdd6af8fa146', '01a23510-d615-70ff-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-01T02:00:00Z","headcount":"5","purpose":"training","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-01T01:00:00Z","status":"pending","title":"新员工培训"}', '2026-11-28 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d638-738d-8320-fdd6af8fa146', '01a23510-d62d-71ae-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-28 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d64c-721c-8320-fdd6af8fa146', '01a23510-d62d-71ae-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"","headcount":"4"}', '2026-12-01 08:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d64f-705c-8320-fdd6af8fa146', '01a23510-d64e-7393-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-01T04:00:00Z","headcount":"3","purpose":"meeting","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-01T02:00:00Z","status":"approved","title":"技术方案讨论"}', '2026-11-28 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d666-7389-8320-fdd6af8fa146', '01a23510-d64e-7393-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_out', '{"condition":"","headcount":"1"}', '2026-12-01 04:05:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d669-7270-8320-fdd6af8fa146', '01a23510-d669-71b5-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-01T07:00:00Z","headcount":"3","purpose":"meeting","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-01T06:00:00Z","status":"approved","title":"部门例会"}', '2026-11-28 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d680-70f8-8320-fdd6af8fa146', '01a23510-d669-71b5-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_out', '{"condition":"","headcount":"3"}', '2026-12-01 06:55:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d682-734a-8320-fdd6af8fa146', '01a23510-d682-728e-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-02T07:30:00Z","headcount":"5","purpose":"review","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-02T06:00:00Z","status":"pending","title":"季度销售复盘"}', '2026-11-29 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6a1-72c4-8320-fdd6af8fa146', '01a23510-d698-7221-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6b2-73cf-8320-fdd6af8fa146', '01a23510-d698-7221-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'checked_out', '{"condition":"","headcount":"3"}', '2026-12-02 03:05:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6b5-71f6-8320-fdd6af8fa146', '01a23510-d6b5-7142-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-02T09:00:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-02T07:00:00Z","status":"pending","title":"预算评审"}', '2026-11-29 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6d0-73a3-8320-fdd6af8fa146', '01a23510-d6c4-704a-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6d9-7024-8320-fdd6af8fa146', '01a23510-d6d8-7304-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-02T08:30:00Z","headcount":"5","purpose":"reception","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-02T07:00:00Z","status":"approved","title":"客户接待"}', '2026-11-29 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6dd-7092-8320-fdd6af8fa146', '01a23510-d6dc-73bd-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-02T03:30:00Z","headcount":"60","purpose":"meeting","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-02T01:30:00Z","status":"pending","title":"预算评审"}', '2026-11-29 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6f0-71c3-8320-fdd6af8fa146', '01a23510-d6e7-7333-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d6f3-7369-8320-fdd6af8fa146', '01a23510-d6f3-72af-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-02T03:00:00Z","headcount":"5","purpose":"training","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-02T02:00:00Z","status":"pending","title":"新员工培训"}', '2026-11-29 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d707-725c-8320-fdd6af8fa146', '01a23510-d6f3-72af-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'checked_in', '{"headcount":"3"}', '2026-12-02 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d722-7002-8320-fdd6af8fa146', '01a23510-d717-70f5-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d726-7098-8320-fdd6af8fa146', '01a23510-d725-739c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-02T03:30:00Z","headcount":"5","purpose":"meeting","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-02T01:30:00Z","status":"pending","title":"技术方案讨论"}', '2026-11-29 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d73a-731c-8320-fdd6af8fa146', '01a23510-d725-739c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'checked_in', '{"headcount":"4"}', '2026-12-02 01:36:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d750-7295-8320-fdd6af8fa146', '01a23510-d746-71b6-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-29 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d756-71d9-8320-fdd6af8fa146', '01a23510-d756-70e5-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-02T03:00:00Z","headcount":"3","purpose":"interview","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-02T02:00:00Z","status":"approved","title":"招聘面试"}', '2026-11-29 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d767-7345-8320-fdd6af8fa146', '01a23510-d756-70e5-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'checked_out', '{"condition":"","headcount":"3"}', '2026-12-02 02:55:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d76a-72a1-8320-fdd6af8fa146', '01a23510-d76a-71cb-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-03T02:30:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-03T01:00:00Z","status":"pending","title":"项目启动会"}', '2026-11-30 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d77c-7256-8320-fdd6af8fa146', '01a23510-d776-7057-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-30 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d77f-7008-8320-fdd6af8fa146', '01a23510-d77e-734f-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-03T02:30:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-03T01:30:00Z","status":"pending","title":"部门例会"}', '2026-11-30 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7a0-7124-8320-fdd6af8fa146', '01a23510-d794-7319-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-30 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7a3-7235-8320-fdd6af8fa146', '01a23510-d7a3-714f-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-03T08:30:00Z","headcount":"5","purpose":"meeting","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-03T07:00:00Z","status":"pending","title":"项目启动会"}', '2026-11-30 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7a6-72a8-8320-fdd6af8fa146', '01a23510-d7a6-71eb-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-03T03:00:00Z","headcount":"5","purpose":"meeting","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-03T01:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-11-30 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7bc-7227-8320-fdd6af8fa146', '01a23510-d7b3-72de-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-11-30 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7c0-7119-8320-fdd6af8fa146', '01a23510-d7c0-7075-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-03T02:30:00Z","headcount":"5","purpose":"interview","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-03T01:30:00Z","status":"pending","title":"招聘面试"}', '2026-11-30 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7d7-73d3-8320-fdd6af8fa146', '01a23510-d7cf-72a4-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-01 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7de-70c1-8320-fdd6af8fa146', '01a23510-d7dd-7396-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-04T08:30:00Z","headcount":"5","purpose":"reception","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-04T07:00:00Z","status":"pending","title":"客户接待"}', '2026-12-01 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7f7-731b-8320-fdd6af8fa146', '01a23510-d7ee-7221-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-01 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7ee-72d0-8320-fdd6af8fa146', '01a23510-d7ee-7221-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-04T04:00:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-04T02:00:00Z","status":"pending","title":"预算评审"}', '2026-12-01 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d80b-7195-8320-fdd6af8fa146', '01a23510-d801-73dd-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-01 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d810-7097-8320-fdd6af8fa146', '01a23510-d80f-73c2-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-04T04:00:00Z","headcount":"5","purpose":"meeting","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-04T02:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-01 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d833-727a-8320-fdd6af8fa146', '01a23510-d82a-71bc-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-01 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d837-71af-8320-fdd6af8fa146', '01a23510-d837-70fc-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-04T09:00:00Z","headcount":"5","purpose":"meeting","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-04T07:00:00Z","status":"pending","title":"预算评审"}', '2026-12-01 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d856-72f5-8320-fdd6af8fa146', '01a23510-d84a-73b3-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-04 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d85b-710d-8320-fdd6af8fa146', '01a23510-d85b-702c-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-07T08:30:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-07T07:00:00Z","status":"pending","title":"项目启动会"}', '2026-12-04 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d876-737a-8320-fdd6af8fa146', '01a23510-d868-7299-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-04 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d87a-72f4-8320-fdd6af8fa146', '01a23510-d87a-724e-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-07T07:00:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-07T06:00:00Z","status":"pending","title":"部门例会"}', '2026-12-04 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d87d-731b-8320-fdd6af8fa146', '01a23510-d87d-7295-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-07T02:00:00Z","headcount":"5","purpose":"interview","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-07T01:00:00Z","status":"approved","title":"招聘面试"}', '2026-12-04 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d880-72cd-8320-fdd6af8fa146', '01a23510-d880-7250-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-07T08:00:00Z","headcount":"60","purpose":"meeting","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-07T06:00:00Z","status":"pending","title":"预算评审"}', '2026-12-04 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d894-7238-8320-fdd6af8fa146', '01a23510-d88c-7020-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-04 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d898-70b0-8320-fdd6af8fa146', '01a23510-d898-7015-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-07T08:00:00Z","headcount":"5","purpose":"training","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-07T07:00:00Z","status":"pending","title":"新员工培训"}', '2026-12-04 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d89a-73b0-8320-fdd6af8fa146', '01a23510-d89a-7331-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-07T02:30:00Z","headcount":"5","purpose":"review","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-07T01:00:00Z","status":"pending","title":"季度销售复盘"}', '2026-12-04 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8ae-70a0-8320-fdd6af8fa146', '01a23510-d8a6-7079-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'rejected', '{"reason":"该时段已安排领导接待"}', '2026-12-04 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8b1-72e8-8320-fdd6af8fa146', '01a23510-d8b1-724a-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-07T03:00:00Z","headcount":"3","purpose":"training","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-07T02:00:00Z","status":"approved","title":"新员工培训"}', '2026-12-04 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8b4-7368-8320-fdd6af8fa146', '01a23510-d8b4-72de-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-07T07:00:00Z","headcount":"3","purpose":"interview","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-07T06:00:00Z","status":"approved","title":"招聘面试"}', '2026-12-04 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8b7-7338-8320-fdd6af8fa146', '01a23510-d8b7-72bf-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-08T07:30:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-08T06:00:00Z","status":"pending","title":"项目启动会"}', '2026-12-05 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8cb-731d-8320-fdd6af8fa146', '01a23510-d8c3-713a-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-05 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8cf-71ee-8320-fdd6af8fa146', '01a23510-d8cf-714b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-08T08:00:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-08T07:00:00Z","status":"pending","title":"部门例会"}', '2026-12-05 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8e8-70d6-8320-fdd6af8fa146', '01a23510-d8e0-7391-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-05 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8ea-7393-8320-fdd6af8fa146', '01a23510-d8ea-72d9-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-08T07:00:00Z","headcount":"60","purpose":"training","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-08T06:00:00Z","status":"pending","title":"新员工培训"}', '2026-12-05 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8fe-72ce-8320-fdd6af8fa146', '01a23510-d8f7-72c5-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-05 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d901-7134-8320-fdd6af8fa146', '01a23510-d901-7073-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-08T02:30:00Z","headcount":"5","purpose":"training","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-08T01:30:00Z","status":"pending","title":"新员工培训"}', '2026-12-05 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d926-70ec-8320-fdd6af8fa146', '01a23510-d91a-71f0-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-05 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d92f-714f-8320-fdd6af8fa146', '01a23510-d92f-702c-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-08T03:30:00Z","headcount":"3","purpose":"reception","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-08T02:00:00Z","status":"approved","title":"客户接待"}', '2026-12-05 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d933-717d-8320-fdd6af8fa146', '01a23510-d933-70ee-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-09T03:00:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-09T01:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-06 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d953-7336-8320-fdd6af8fa146', '01a23510-d94a-70f1-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-06 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d956-739e-8320-fdd6af8fa146', '01a23510-d956-72de-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-09T02:30:00Z","headcount":"5","purpose":"interview","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-09T01:30:00Z","status":"pending","title":"招聘面试"}', '2026-12-06 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d973-7342-8320-fdd6af8fa146', '01a23510-d968-73ab-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-06 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d977-717c-8320-fdd6af8fa146', '01a23510-d977-70e7-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-09T09:00:00Z","headcount":"5","purpose":"meeting","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-09T07:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-06 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d97a-71a2-8320-fdd6af8fa146', '01a23510-d97a-712b-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-09T02:00:00Z","headcount":"5","purpose":"training","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-09T01:00:00Z","status":"pending","title":"新员工培训"}', '2026-12-06 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d994-73e4-8320-fdd6af8fa146', '01a23510-d989-7387-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-06 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d999-736b-8320-fdd6af8fa146', '01a23510-d999-72a9-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-09T03:00:00Z","headcount":"5","purpose":"reception","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-09T01:30:00Z","status":"pending","title":"客户接待"}', '2026-12-06 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9b8-701b-8320-fdd6af8fa146', '01a23510-d9ab-7350-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-07 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9bc-715f-8320-fdd6af8fa146', '01a23510-d9bc-708b-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-10T09:00:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-10T07:00:00Z","status":"pending","title":"预算评审"}', '2026-12-07 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9d2-72a5-8320-fdd6af8fa146', '01a23510-d9cb-7059-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-07 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7fb-72da-8320-fdd6af8fa146', '01a23510-d7fb-722b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-04T08:00:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-04T06:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-01 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d7ff-70be-8320-fdd6af8fa146', '01a23510-d7ff-7021-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-04T02:00:00Z","headcount":"5","purpose":"training","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-04T01:00:00Z","status":"approved","title":"新员工培训"}', '2026-12-01 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d802-70b1-8320-fdd6af8fa146', '01a23510-d801-73dd-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-04T07:30:00Z","headcount":"60","purpose":"meeting","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-04T06:00:00Z","status":"pending","title":"项目启动会"}', '2026-12-01 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d819-715a-8320-fdd6af8fa146', '01a23510-d80f-73c2-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-01 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d827-7155-8320-fdd6af8fa146', '01a23510-d827-707c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-04T08:00:00Z","headcount":"5","purpose":"meeting","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-04T07:00:00Z","status":"pending","title":"部门例会"}', '2026-12-01 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d82a-7279-8320-fdd6af8fa146', '01a23510-d82a-71bc-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-04T02:00:00Z","headcount":"5","purpose":"interview","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-04T01:00:00Z","status":"pending","title":"招聘面试"}', '2026-12-01 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d840-71b4-8320-fdd6af8fa146', '01a23510-d837-70fc-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-01 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d844-718c-8320-fdd6af8fa146', '01a23510-d844-70dc-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-04T03:00:00Z","headcount":"3","purpose":"meeting","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-04T02:00:00Z","status":"approved","title":"部门例会"}', '2026-12-01 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d848-7064-8320-fdd6af8fa146', '01a23510-d847-7348-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-04T07:00:00Z","headcount":"3","purpose":"training","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-04T06:00:00Z","status":"approved","title":"新员工培训"}', '2026-12-01 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d84b-704d-8320-fdd6af8fa146', '01a23510-d84a-73b3-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-07T02:00:00Z","headcount":"5","purpose":"training","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-07T01:00:00Z","status":"pending","title":"新员工培训"}', '2026-12-04 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d864-721c-8320-fdd6af8fa146', '01a23510-d85b-702c-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-04 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d868-7357-8320-fdd6af8fa146', '01a23510-d868-7299-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-07T04:00:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-07T02:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-04 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d888-736b-8320-fdd6af8fa146', '01a23510-d880-7250-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-04 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d88c-70b6-8320-fdd6af8fa146', '01a23510-d88c-7020-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-07T03:00:00Z","headcount":"5","purpose":"meeting","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-07T02:00:00Z","status":"pending","title":"部门例会"}', '2026-12-04 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8a2-7364-8320-fdd6af8fa146', '01a23510-d89a-7331-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-04 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8a6-7125-8320-fdd6af8fa146', '01a23510-d8a6-7079-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-07T09:00:00Z","headcount":"5","purpose":"meeting","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-07T07:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-04 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8bf-73b5-8320-fdd6af8fa146', '01a23510-d8b7-72bf-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-05 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8c3-71d8-8320-fdd6af8fa146', '01a23510-d8c3-713a-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-08T03:30:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-08T01:30:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-05 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8d8-7132-8320-fdd6af8fa146', '01a23510-d8cf-714b-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-05 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8db-70ba-8320-fdd6af8fa146', '01a23510-d8da-73c5-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-08T03:00:00Z","headcount":"5","purpose":"interview","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-08T02:00:00Z","status":"pending","title":"招聘面试"}', '2026-12-05 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8de-711c-8320-fdd6af8fa146', '01a23510-d8de-702a-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-08T09:00:00Z","headcount":"5","purpose":"meeting","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-08T07:00:00Z","status":"approved","title":"预算评审"}', '2026-12-05 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8e1-7051-8320-fdd6af8fa146', '01a23510-d8e0-7391-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-08T02:30:00Z","headcount":"60","purpose":"meeting","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-08T01:30:00Z","status":"pending","title":"部门例会"}', '2026-12-05 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8f2-7158-8320-fdd6af8fa146', '01a23510-d8ea-72d9-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-05 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8f4-73b1-8320-fdd6af8fa146', '01a23510-d8f4-72f7-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-08T03:30:00Z","headcount":"5","purpose":"review","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-08T02:00:00Z","status":"pending","title":"季度销售复盘"}', '2026-12-05 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d8f7-735f-8320-fdd6af8fa146', '01a23510-d8f7-72c5-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-08T08:00:00Z","headcount":"5","purpose":"meeting","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-08T06:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-05 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d910-71c1-8320-fdd6af8fa146', '01a23510-d901-7073-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-05 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d91a-72e6-8320-fdd6af8fa146', '01a23510-d91a-71f0-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-08T08:00:00Z","headcount":"5","purpose":"interview","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-08T07:00:00Z","status":"pending","title":"招聘面试"}', '2026-12-05 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d943-7062-8320-fdd6af8fa146', '01a23510-d933-70ee-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-06 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d94a-71f5-8320-fdd6af8fa146', '01a23510-d94a-70f1-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-09T07:00:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-09T06:00:00Z","status":"pending","title":"部门例会"}', '2026-12-06 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d95d-7241-8320-fdd6af8fa146', '01a23510-d956-72de-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-06 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d95f-73b2-8320-fdd6af8fa146', '01a23510-d95f-7316-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-09T08:00:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-09T06:00:00Z","status":"pending","title":"预算评审"}', '2026-12-06 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d962-71ee-8320-fdd6af8fa146', '01a23510-d962-7162-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-09T02:00:00Z","headcount":"5","purpose":"meeting","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-09T01:00:00Z","status":"approved","title":"部门例会"}', '2026-12-06 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d966-720b-8320-fdd6af8fa146', '01a23510-d966-716f-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-09T08:00:00Z","headcount":"5","purpose":"training","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-09T07:00:00Z","status":"approved","title":"新员工培训"}', '2026-12-06 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d969-7043-8320-fdd6af8fa146', '01a23510-d968-73ab-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-09T03:00:00Z","headcount":"60","purpose":"review","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-09T01:30:00Z","status":"pending","title":"季度销售复盘"}', '2026-12-06 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d984-73b5-8320-fdd6af8fa146', '01a23510-d97a-712b-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-06 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d98a-70c0-8320-fdd6af8fa146', '01a23510-d989-7387-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-09T07:00:00Z","headcount":"5","purpose":"interview","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-09T06:00:00Z","status":"pending","title":"招聘面试"}', '2026-12-06 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9a4-7016-8320-fdd6af8fa146', '01a23510-d999-72a9-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-06 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9a8-7065-8320-fdd6af8fa146', '01a23510-d9a7-739a-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-09T07:00:00Z","headcount":"3","purpose":"meeting","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-09T06:00:00Z","status":"approved","title":"部门例会"}', '2026-12-06 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9ac-703c-8320-fdd6af8fa146', '01a23510-d9ab-7350-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-10T02:00:00Z","headcount":"5","purpose":"interview","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-10T01:00:00Z","status":"pending","title":"招聘面试"}', '2026-12-07 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9c7-7276-8320-fdd6af8fa146', '01a23510-d9bc-708b-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-07 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9cb-70ff-8320-fdd6af8fa146', '01a23510-d9cb-7059-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-10T03:00:00Z","headcount":"5","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-10T02:00:00Z","status":"pending","title":"部门例会"}', '2026-12-07 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9e9-7087-8320-fdd6af8fa146', '01a23510-d9df-70d6-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-07 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9ed-71ad-8320-fdd6af8fa146', '01a23510-d9ed-70e5-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-10T03:00:00Z","headcount":"5","purpose":"training","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-10T02:00:00Z","status":"pending","title":"新员工培训"}', '2026-12-07 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da09-7343-8320-fdd6af8fa146', '01a23510-d9ff-7347-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-07 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da0e-70fd-8320-fdd6af8fa146', '01a23510-da0e-7005-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-10T08:00:00Z","headcount":"5","purpose":"meeting","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-10T07:00:00Z","status":"pending","title":"部门例会"}', '2026-12-07 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da33-7339-8320-fdd6af8fa146', '01a23510-da2a-706d-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-08 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da37-73bb-8320-fdd6af8fa146', '01a23510-da37-7311-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-11T02:30:00Z","headcount":"5","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-11T01:30:00Z","status":"pending","title":"部门例会"}', '2026-12-08 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da54-70b8-8320-fdd6af8fa146', '01a23510-da44-726a-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-08 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da5a-7244-8320-fdd6af8fa146', '01a23510-da5a-7178-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-11T03:30:00Z","headcount":"5","purpose":"review","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-11T02:00:00Z","status":"pending","title":"季度销售复盘"}', '2026-12-08 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da5f-7152-8320-fdd6af8fa146', '01a23510-da5f-707d-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-11T09:00:00Z","headcount":"5","purpose":"meeting","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-11T07:00:00Z","status":"approved","title":"技术方案讨论"}', '2026-12-08 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da63-72a5-8320-fdd6af8fa146', '01a23510-da63-71d0-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-11T02:30:00Z","headcount":"60","purpose":"training","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-11T01:30:00Z","status":"pending","title":"新员工培训"}', '2026-12-08 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da82-7183-8320-fdd6af8fa146', '01a23510-da77-70a8-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-08 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da87-708c-8320-fdd6af8fa146', '01a23510-da86-7381-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-11T03:30:00Z","headcount":"5","purpose":"reception","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-11T02:00:00Z","status":"pending","title":"客户接待"}', '2026-12-08 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da8a-7353-8320-fdd6af8fa146', '01a23510-da8a-727d-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-11T07:00:00Z","headcount":"5","purpose":"meeting","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-11T06:00:00Z","status":"pending","title":"部门例会"}', '2026-12-08 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-dab1-7164-8320-fdd6af8fa146', '01a23510-daa7-7317-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-08 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-dab5-7134-8320-fdd6af8fa146', '01a23510-dab5-7063-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-11T08:30:00Z","headcount":"5","purpose":"review","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-11T07:00:00Z","status":"pending","title":"季度销售复盘"}', '2026-12-08 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9d7-7284-8320-fdd6af8fa146', '01a23510-d9d7-71bc-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-10T07:00:00Z","headcount":"5","purpose":"training","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-10T06:00:00Z","status":"pending","title":"新员工培训"}', '2026-12-07 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9db-724d-8320-fdd6af8fa146', '01a23510-d9db-7196-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-10T02:30:00Z","headcount":"5","purpose":"review","room":"DFAF4B7B-4A85-43FE-A8BC-FD28768477AA","startsAt":"2026-12-10T01:00:00Z","status":"approved","title":"季度销售复盘"}', '2026-12-07 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9df-7172-8320-fdd6af8fa146', '01a23510-d9df-70d6-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'created', '{"endsAt":"2026-12-10T08:00:00Z","headcount":"60","purpose":"meeting","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-10T06:00:00Z","status":"pending","title":"技术方案讨论"}', '2026-12-07 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9f8-70bd-8320-fdd6af8fa146', '01a23510-d9ed-70e5-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-07 03:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-d9fc-715c-8320-fdd6af8fa146', '01a23510-d9fc-7091-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-10T08:00:00Z","headcount":"5","purpose":"interview","room":"18BF3241-49CE-4139-AB92-7E068773408A","startsAt":"2026-12-10T07:00:00Z","status":"pending","title":"招聘面试"}', '2026-12-07 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da00-7013-8320-fdd6af8fa146', '01a23510-d9ff-7347-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-10T02:30:00Z","headcount":"5","purpose":"reception","room":"6D227974-911D-445B-AEAE-B0318B7630B2","startsAt":"2026-12-10T01:00:00Z","status":"pending","title":"客户接待"}', '2026-12-07 01:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da19-7215-8320-fdd6af8fa146', '01a23510-da0e-7005-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-07 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da20-719c-8320-fdd6af8fa146', '01a23510-da20-70d5-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-10T03:00:00Z","headcount":"3","purpose":"interview","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-10T02:00:00Z","status":"approved","title":"招聘面试"}', '2026-12-07 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da26-715b-8320-fdd6af8fa146', '01a23510-da26-7082-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-10T07:30:00Z","headcount":"3","purpose":"review","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-10T06:00:00Z","status":"approved","title":"季度销售复盘"}', '2026-12-07 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da2a-7111-8320-fdd6af8fa146', '01a23510-da2a-706d-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'created', '{"endsAt":"2026-12-11T08:00:00Z","headcount":"5","purpose":"meeting","room":"F60231CF-4FE3-45BF-83C3-9116E5242528","startsAt":"2026-12-11T06:00:00Z","status":"pending","title":"预算评审"}', '2026-12-08 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da40-7351-8320-fdd6af8fa146', '01a23510-da37-7311-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'rejected', '{"reason":"该时段已安排领导接待"}', '2026-12-08 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da44-7325-8320-fdd6af8fa146', '01a23510-da44-726a-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-11T08:00:00Z","headcount":"5","purpose":"training","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-11T07:00:00Z","status":"pending","title":"新员工培训"}', '2026-12-08 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da72-7207-8320-fdd6af8fa146', '01a23510-da63-71d0-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-08 02:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-da77-717b-8320-fdd6af8fa146', '01a23510-da77-70a8-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-11T07:00:00Z","headcount":"60","purpose":"interview","room":"2E2BA140-A8AB-40E1-895E-E3AC2C73F8CA","startsAt":"2026-12-11T06:00:00Z","status":"pending","title":"招聘面试"}', '2026-12-08 06:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-daa1-733e-8320-fdd6af8fa146', '01a23510-da8a-727d-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-08 07:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-daa7-73d8-8320-fdd6af8fa146', '01a23510-daa7-7317-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'created', '{"endsAt":"2026-12-11T02:30:00Z","headcount":"5","purpose":"interview","room":"E1DA4414-2DB2-41FE-9722-D771554D97FB","startsAt":"2026-12-11T01:30:00Z","status":"pending","title":"招聘面试"}', '2026-12-08 01:30:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-dabd-7288-8320-fdd6af8fa146', '01a23510-dab5-7063-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'approved', '{}', '2026-12-08 08:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-dac1-7190-8320-fdd6af8fa146', '01a23510-dac1-70a4-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'created', '{"endsAt":"2026-12-11T03:30:00Z","headcount":"3","purpose":"meeting","room":"8FBB7731-DFE8-4C73-AC3D-142BFBF36607","startsAt":"2026-12-11T02:00:00Z","status":"approved","title":"项目启动会"}', '2026-12-08 02:00:00+00');
INSERT INTO public.booking_events VALUES ('01a23510-db08-71fa-8320-fdd6af8fa146', '01a23510-db08-71cf-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'created', '{"endsAt":"2026-12-18T07:30:00Z","headcount":"8","meetingSeries":"01A23510-DB04-72D9-8320-FDD6AF8FA146","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2026-12-18T06:00:00Z","status":"pending","title":"业务代表会议"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db08-7240-8320-fdd6af8fa146', '01a23510-db08-7236-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'created', '{"endsAt":"2027-01-22T07:30:00Z","headcount":"8","meetingSeries":"01A23510-DB04-72D9-8320-FDD6AF8FA146","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2027-01-22T06:00:00Z","status":"pending","title":"业务代表会议"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db08-7266-8320-fdd6af8fa146', '01a23510-db08-725e-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'created', '{"endsAt":"2027-02-19T07:30:00Z","headcount":"8","meetingSeries":"01A23510-DB04-72D9-8320-FDD6AF8FA146","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2027-02-19T06:00:00Z","status":"pending","title":"业务代表会议"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db08-7289-8320-fdd6af8fa146', '01a23510-db08-7281-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'created', '{"endsAt":"2027-03-19T07:30:00Z","headcount":"8","meetingSeries":"01A23510-DB04-72D9-8320-FDD6AF8FA146","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2027-03-19T06:00:00Z","status":"pending","title":"业务代表会议"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db08-72ab-8320-fdd6af8fa146', '01a23510-db08-72a4-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'created', '{"endsAt":"2027-04-23T07:30:00Z","headcount":"8","meetingSeries":"01A23510-DB04-72D9-8320-FDD6AF8FA146","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2027-04-23T06:00:00Z","status":"pending","title":"业务代表会议"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db08-7302-8320-fdd6af8fa146', '01a23510-db08-72f9-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', 'created', '{"endsAt":"2027-05-21T07:30:00Z","headcount":"8","meetingSeries":"01A23510-DB04-72D9-8320-FDD6AF8FA146","purpose":"meeting","room":"ECF6F20C-B6A8-4B94-A41D-941E640087CB","startsAt":"2027-05-21T06:00:00Z","status":"pending","title":"业务代表会议"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3d-72ff-8320-fdd6af8fa146', '01a23510-db3d-72d5-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-14T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-14T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3d-733a-8320-fdd6af8fa146', '01a23510-db3d-7330-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-21T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-21T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3d-735d-8320-fdd6af8fa146', '01a23510-db3d-7355-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2026-12-28T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2026-12-28T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3d-737d-8320-fdd6af8fa146', '01a23510-db3d-7376-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2027-01-04T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2027-01-04T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3d-739d-8320-fdd6af8fa146', '01a23510-db3d-7395-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2027-01-11T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2027-01-11T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3d-73bc-8320-fdd6af8fa146', '01a23510-db3d-73b6-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2027-01-18T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2027-01-18T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3d-73db-8320-fdd6af8fa146', '01a23510-db3d-73d4-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2027-01-25T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2027-01-25T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3e-7012-8320-fdd6af8fa146', '01a23510-db3e-700b-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2027-02-01T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2027-02-01T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3e-7032-8320-fdd6af8fa146', '01a23510-db3e-702c-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2027-02-08T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2027-02-08T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.booking_events VALUES ('01a23510-db3e-707d-8320-fdd6af8fa146', '01a23510-db3e-7076-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'created', '{"endsAt":"2027-02-15T09:00:00Z","headcount":"8","meetingSeries":"01A23510-DB3B-7023-8320-FDD6AF8FA146","purpose":"meeting","room":"F3822923-5D66-4E8A-8D5B-18C7A0407909","startsAt":"2027-02-15T08:00:00Z","status":"pending","title":"班务会"}', '2026-12-02 04:43:44.450748+00');


--
-- Data for Name: bookings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.bookings VALUES ('01a23510-d4bf-73de-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-11-30 06:00:00+00', '2026-11-30 08:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'rejected', false, '该时段已安排领导接待', '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-27 06:00:00+00', '2026-11-27 07:00:00+00', 10);
INSERT INTO public.bookings VALUES ('01a23510-d3a4-7359-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-11-30 01:00:00+00', '2026-11-30 02:30:00+00', '客户接待', 'reception', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 02:00:00+00', NULL, '2026-11-30 01:03:00+00', '2026-11-30 02:30:00+00', 4, NULL, 4, '2026-11-27 01:00:00+00', '2026-11-30 02:30:00+00', 1);
INSERT INTO public.bookings VALUES ('01a23510-d3cc-717e-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-11-30 06:00:00+00', '2026-11-30 07:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 07:00:00+00', NULL, '2026-11-30 06:06:00+00', '2026-11-30 07:35:00+00', 3, NULL, 4, '2026-11-27 06:00:00+00', '2026-11-30 07:35:00+00', 2);
INSERT INTO public.bookings VALUES ('01a23510-d3ec-701b-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-11-30 01:30:00+00', '2026-11-30 03:30:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 02:30:00+00', NULL, '2026-11-30 01:39:00+00', '2026-11-30 03:25:00+00', 5, NULL, 4, '2026-11-27 01:30:00+00', '2026-11-30 03:25:00+00', 3);
INSERT INTO public.bookings VALUES ('01a23510-d415-7036-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-11-30 06:00:00+00', '2026-11-30 07:30:00+00', '季度销售复盘', 'review', 5, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 07:00:00+00', NULL, '2026-11-30 06:00:00+00', '2026-11-30 07:30:00+00', 4, NULL, 4, '2026-11-27 06:00:00+00', '2026-11-30 07:30:00+00', 4);
INSERT INTO public.bookings VALUES ('01a23510-d4d0-70cf-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-11-30 01:30:00+00', '2026-11-30 02:30:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 02:30:00+00', NULL, '2026-11-30 01:39:00+00', '2026-11-30 02:35:00+00', 3, NULL, 4, '2026-11-27 01:30:00+00', '2026-11-30 02:35:00+00', 11);
INSERT INTO public.bookings VALUES ('01a23510-d438-71bd-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-11-30 01:00:00+00', '2026-11-30 02:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', '2026-11-27 01:00:00+00', NULL, '2026-11-30 01:03:00+00', '2026-11-30 02:35:00+00', 3, '白板笔缺失', 3, '2026-11-27 01:00:00+00', '2026-11-30 02:35:00+00', 5);
INSERT INTO public.bookings VALUES ('01a23510-d44b-73b8-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-11-30 07:00:00+00', '2026-11-30 09:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', '2026-11-27 07:00:00+00', NULL, '2026-11-30 07:06:00+00', '2026-11-30 08:55:00+00', 5, NULL, 3, '2026-11-27 07:00:00+00', '2026-11-30 08:55:00+00', 6);
INSERT INTO public.bookings VALUES ('01a23510-d467-707d-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-11-30 01:30:00+00', '2026-11-30 02:30:00+00', '部门例会', 'meeting', 60, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-27 01:30:00+00', '2026-11-27 02:30:00+00', 7);
INSERT INTO public.bookings VALUES ('01a23510-d615-70ff-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-01 01:00:00+00', '2026-12-01 02:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-28 01:00:00+00', '2026-11-28 02:00:00+00', 21);
INSERT INTO public.bookings VALUES ('01a23510-d476-7169-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-11-30 07:00:00+00', '2026-11-30 08:30:00+00', '客户接待', 'reception', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 08:00:00+00', NULL, '2026-11-30 07:00:00+00', '2026-11-30 08:35:00+00', 3, NULL, 4, '2026-11-27 07:00:00+00', '2026-11-30 08:35:00+00', 8);
INSERT INTO public.bookings VALUES ('01a23510-d4f3-738c-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-11-30 06:00:00+00', '2026-11-30 07:30:00+00', '项目启动会', 'meeting', 3, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', '2026-11-27 06:00:00+00', NULL, '2026-11-30 06:00:00+00', '2026-11-30 07:25:00+00', 3, NULL, 3, '2026-11-27 06:00:00+00', '2026-11-30 07:25:00+00', 12);
INSERT INTO public.bookings VALUES ('01a23510-d4a0-701b-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-11-30 01:00:00+00', '2026-11-30 03:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-27 02:00:00+00', NULL, '2026-11-30 01:03:00+00', '2026-11-30 02:55:00+00', 5, NULL, 4, '2026-11-27 01:00:00+00', '2026-11-30 02:55:00+00', 9);
INSERT INTO public.bookings VALUES ('01a23510-d57e-72dd-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-01 01:00:00+00', '2026-12-01 02:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '2026-11-28 01:00:00+00', NULL, '2026-12-01 01:03:00+00', '2026-12-01 02:05:00+00', 3, NULL, 3, '2026-11-28 01:00:00+00', '2026-12-01 02:05:00+00', 17);
INSERT INTO public.bookings VALUES ('01a23510-d506-7214-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-01 01:00:00+00', '2026-12-01 03:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 02:00:00+00', NULL, '2026-12-01 01:03:00+00', '2026-12-01 03:00:00+00', 4, NULL, 4, '2026-11-28 01:00:00+00', '2026-12-01 03:00:00+00', 13);
INSERT INTO public.bookings VALUES ('01a23510-d524-71d9-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-01 07:00:00+00', '2026-12-01 08:30:00+00', '季度销售复盘', 'review', 5, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-28 07:00:00+00', '2026-11-28 08:00:00+00', 14);
INSERT INTO public.bookings VALUES ('01a23510-d534-7347-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-01 02:00:00+00', '2026-12-01 03:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 03:00:00+00', NULL, '2026-12-01 02:09:00+00', '2026-12-01 03:25:00+00', 5, '白板笔缺失', 4, '2026-11-28 02:00:00+00', '2026-12-01 03:25:00+00', 15);
INSERT INTO public.bookings VALUES ('01a23510-d55f-70ad-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-01 06:00:00+00', '2026-12-01 08:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 07:00:00+00', NULL, '2026-12-01 06:00:00+00', '2026-12-01 08:00:00+00', 4, NULL, 4, '2026-11-28 06:00:00+00', '2026-12-01 08:00:00+00', 16);
INSERT INTO public.bookings VALUES ('01a23510-d5a1-7016-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-01 06:00:00+00', '2026-12-01 07:30:00+00', '客户接待', 'reception', 60, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 07:00:00+00', NULL, '2026-12-01 06:06:00+00', '2026-12-01 07:25:00+00', 60, NULL, 4, '2026-11-28 06:00:00+00', '2026-12-01 07:25:00+00', 18);
INSERT INTO public.bookings VALUES ('01a23510-d669-71b5-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-01 06:00:00+00', '2026-12-01 07:00:00+00', '部门例会', 'meeting', 3, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '2026-11-28 06:00:00+00', NULL, '2026-12-01 06:00:00+00', '2026-12-01 06:55:00+00', 3, NULL, 3, '2026-11-28 06:00:00+00', '2026-12-01 06:55:00+00', 24);
INSERT INTO public.bookings VALUES ('01a23510-d5d4-7399-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-01 02:00:00+00', '2026-12-01 04:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 03:00:00+00', NULL, '2026-12-01 02:09:00+00', '2026-12-01 04:00:00+00', 4, NULL, 4, '2026-11-28 02:00:00+00', '2026-12-01 04:00:00+00', 19);
INSERT INTO public.bookings VALUES ('01a23510-d605-71d6-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-01 07:00:00+00', '2026-12-01 09:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'rejected', false, '该时段已安排领导接待', '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-28 07:00:00+00', '2026-11-28 08:00:00+00', 20);
INSERT INTO public.bookings VALUES ('01a23510-d62d-71ae-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-01 07:00:00+00', '2026-12-01 08:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-28 08:00:00+00', NULL, '2026-12-01 07:06:00+00', '2026-12-01 08:30:00+00', 4, NULL, 4, '2026-11-28 07:00:00+00', '2026-12-01 08:30:00+00', 22);
INSERT INTO public.bookings VALUES ('01a23510-d64e-7393-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-01 02:00:00+00', '2026-12-01 04:00:00+00', '技术方案讨论', 'meeting', 3, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '2026-11-28 02:00:00+00', NULL, '2026-12-01 02:09:00+00', '2026-12-01 04:05:00+00', 1, NULL, 3, '2026-11-28 02:00:00+00', '2026-12-01 04:05:00+00', 23);
INSERT INTO public.bookings VALUES ('01a23510-d6b5-7142-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-02 07:00:00+00', '2026-12-02 09:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-29 07:00:00+00', '2026-11-29 08:00:00+00', 27);
INSERT INTO public.bookings VALUES ('01a23510-d682-728e-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-02 06:00:00+00', '2026-12-02 07:30:00+00', '季度销售复盘', 'review', 5, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-29 06:00:00+00', '2026-11-29 07:00:00+00', 25);
INSERT INTO public.bookings VALUES ('01a23510-d698-7221-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-02 01:30:00+00', '2026-12-02 03:00:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 02:30:00+00', NULL, '2026-12-02 01:36:00+00', '2026-12-02 03:05:00+00', 3, NULL, 4, '2026-11-29 01:30:00+00', '2026-12-02 03:05:00+00', 26);
INSERT INTO public.bookings VALUES ('01a23510-d6c4-704a-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-02 02:00:00+00', '2026-12-02 03:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 03:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-29 02:00:00+00', '2026-11-29 03:00:00+00', 28);
INSERT INTO public.bookings VALUES ('01a23510-d6d8-7304-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-02 07:00:00+00', '2026-12-02 08:30:00+00', '客户接待', 'reception', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', '2026-11-29 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-11-29 07:00:00+00', '2026-11-29 07:00:00+00', 29);
INSERT INTO public.bookings VALUES ('01a23510-d6dc-73bd-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-02 01:30:00+00', '2026-12-02 03:30:00+00', '预算评审', 'meeting', 60, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'rejected', false, '该时段已安排领导接待', '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-29 01:30:00+00', '2026-11-29 02:30:00+00', 30);
INSERT INTO public.bookings VALUES ('01a23510-d6e7-7333-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-02 06:00:00+00', '2026-12-02 08:00:00+00', '技术方案讨论', 'meeting', 60, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-29 06:00:00+00', '2026-11-29 07:00:00+00', 31);
INSERT INTO public.bookings VALUES ('01a23510-d9df-70d6-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-10 06:00:00+00', '2026-12-10 08:00:00+00', '技术方案讨论', 'meeting', 60, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-07 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-07 06:00:00+00', '2026-12-07 07:00:00+00', 102);
INSERT INTO public.bookings VALUES ('01a23510-d6f3-72af-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-02 02:00:00+00', '2026-12-02 03:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 03:00:00+00', NULL, '2026-12-02 02:00:00+00', '2026-12-02 03:05:00+00', 3, NULL, 4, '2026-11-29 02:00:00+00', '2026-12-02 03:05:00+00', 32);
INSERT INTO public.bookings VALUES ('01a23510-d717-70f5-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-02 06:00:00+00', '2026-12-02 07:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-29 06:00:00+00', '2026-11-29 07:00:00+00', 33);
INSERT INTO public.bookings VALUES ('01a23510-d746-71b6-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-02 07:00:00+00', '2026-12-02 08:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-29 07:00:00+00', '2026-11-29 08:00:00+00', 35);
INSERT INTO public.bookings VALUES ('01a23510-d776-7057-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-03 06:00:00+00', '2026-12-03 08:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-30 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-30 06:00:00+00', '2026-11-30 07:00:00+00', 38);
INSERT INTO public.bookings VALUES ('01a23510-d78b-7085-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-03 06:00:00+00', '2026-12-03 07:30:00+00', '客户接待', 'reception', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-11-30 06:00:00+00', '2026-11-30 06:00:00+00', 40);
INSERT INTO public.bookings VALUES ('01a23510-d78d-7314-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-03 01:00:00+00', '2026-12-03 03:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', '2026-11-30 01:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-11-30 01:00:00+00', '2026-11-30 01:00:00+00', 41);
INSERT INTO public.bookings VALUES ('01a23510-d790-7320-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-03 07:00:00+00', '2026-12-03 09:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '2026-11-30 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-11-30 07:00:00+00', '2026-11-30 07:00:00+00', 42);
INSERT INTO public.bookings VALUES ('01a23510-d794-7319-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-03 01:30:00+00', '2026-12-03 02:30:00+00', '新员工培训', 'training', 60, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-30 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-30 01:30:00+00', '2026-11-30 02:30:00+00', 43);
INSERT INTO public.bookings VALUES ('01a23510-d7b3-72de-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-03 06:00:00+00', '2026-12-03 07:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-30 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-30 06:00:00+00', '2026-11-30 07:00:00+00', 46);
INSERT INTO public.bookings VALUES ('01a23510-d7cc-7383-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-03 06:00:00+00', '2026-12-03 08:00:00+00', '预算评审', 'meeting', 3, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', '2026-11-30 06:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-11-30 06:00:00+00', '2026-11-30 06:00:00+00', 48);
INSERT INTO public.bookings VALUES ('01a23510-d7cf-72a4-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-04 01:00:00+00', '2026-12-04 02:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-01 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-01 01:00:00+00', '2026-12-01 02:00:00+00', 49);
INSERT INTO public.bookings VALUES ('01a23510-d7ee-7221-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-04 02:00:00+00', '2026-12-04 04:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-01 03:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-01 02:00:00+00', '2026-12-01 03:00:00+00', 51);
INSERT INTO public.bookings VALUES ('01a23510-d80f-73c2-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-04 02:00:00+00', '2026-12-04 04:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-01 03:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-01 02:00:00+00', '2026-12-01 03:00:00+00', 55);
INSERT INTO public.bookings VALUES ('01a23510-d837-70fc-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-04 07:00:00+00', '2026-12-04 09:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-01 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-01 07:00:00+00', '2026-12-01 08:00:00+00', 58);
INSERT INTO public.bookings VALUES ('01a23510-d85b-702c-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-07 07:00:00+00', '2026-12-07 08:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-04 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-04 07:00:00+00', '2026-12-04 08:00:00+00', 62);
INSERT INTO public.bookings VALUES ('01a23510-d87a-724e-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-07 06:00:00+00', '2026-12-07 07:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-04 06:00:00+00', '2026-12-04 06:00:00+00', 64);
INSERT INTO public.bookings VALUES ('01a23510-d87d-7295-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-07 01:00:00+00', '2026-12-07 02:00:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '3601a178-f112-461e-929a-d039aed80200', '2026-12-04 01:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-04 01:00:00+00', '2026-12-04 01:00:00+00', 65);
INSERT INTO public.bookings VALUES ('01a23510-d880-7250-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-07 06:00:00+00', '2026-12-07 08:00:00+00', '预算评审', 'meeting', 60, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-04 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-04 06:00:00+00', '2026-12-04 07:00:00+00', 66);
INSERT INTO public.bookings VALUES ('01a23510-d898-7015-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-07 07:00:00+00', '2026-12-07 08:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-04 07:00:00+00', '2026-12-04 07:00:00+00', 68);
INSERT INTO public.bookings VALUES ('01a23510-d89a-7331-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-07 01:00:00+00', '2026-12-07 02:30:00+00', '季度销售复盘', 'review', 5, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-04 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-04 01:00:00+00', '2026-12-04 02:00:00+00', 69);
INSERT INTO public.bookings VALUES ('01a23510-d8b1-724a-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-07 02:00:00+00', '2026-12-07 03:00:00+00', '新员工培训', 'training', 3, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '3601a178-f112-461e-929a-d039aed80200', '2026-12-04 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-04 02:00:00+00', '2026-12-04 02:00:00+00', 71);
INSERT INTO public.bookings VALUES ('01a23510-d8b4-72de-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-07 06:00:00+00', '2026-12-07 07:00:00+00', '招聘面试', 'interview', 3, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '3601a178-f112-461e-929a-d039aed80200', '2026-12-04 06:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-04 06:00:00+00', '2026-12-04 06:00:00+00', 72);
INSERT INTO public.bookings VALUES ('01a23510-d8b7-72bf-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-08 06:00:00+00', '2026-12-08 07:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-05 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-05 06:00:00+00', '2026-12-05 07:00:00+00', 73);
INSERT INTO public.bookings VALUES ('01a23510-d8cf-714b-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-08 07:00:00+00', '2026-12-08 08:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-05 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-05 07:00:00+00', '2026-12-05 08:00:00+00', 75);
INSERT INTO public.bookings VALUES ('01a23510-d8ea-72d9-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-08 06:00:00+00', '2026-12-08 07:00:00+00', '新员工培训', 'training', 60, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-05 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-05 06:00:00+00', '2026-12-05 07:00:00+00', 79);
INSERT INTO public.bookings VALUES ('01a23510-d901-7073-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-08 01:30:00+00', '2026-12-08 02:30:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-05 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-05 01:30:00+00', '2026-12-05 02:30:00+00', 82);
INSERT INTO public.bookings VALUES ('01a23510-d92f-702c-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-08 02:00:00+00', '2026-12-08 03:30:00+00', '客户接待', 'reception', 3, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', '2026-12-05 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-05 02:00:00+00', '2026-12-05 02:00:00+00', 84);
INSERT INTO public.bookings VALUES ('01a23510-d933-70ee-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-09 01:00:00+00', '2026-12-09 03:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-06 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-06 01:00:00+00', '2026-12-06 02:00:00+00', 85);
INSERT INTO public.bookings VALUES ('01a23510-d956-72de-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-09 01:30:00+00', '2026-12-09 02:30:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-06 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-06 01:30:00+00', '2026-12-06 02:30:00+00', 87);
INSERT INTO public.bookings VALUES ('01a23510-d977-70e7-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-09 07:00:00+00', '2026-12-09 09:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-06 07:00:00+00', '2026-12-06 07:00:00+00', 92);
INSERT INTO public.bookings VALUES ('01a23510-d97a-712b-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-09 01:00:00+00', '2026-12-09 02:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-06 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-06 01:00:00+00', '2026-12-06 02:00:00+00', 93);
INSERT INTO public.bookings VALUES ('01a23510-d999-72a9-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-09 01:30:00+00', '2026-12-09 03:00:00+00', '客户接待', 'reception', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-06 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-06 01:30:00+00', '2026-12-06 02:30:00+00', 95);
INSERT INTO public.bookings VALUES ('01a23510-d9bc-708b-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-10 07:00:00+00', '2026-12-10 09:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-07 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-07 07:00:00+00', '2026-12-07 08:00:00+00', 98);
INSERT INTO public.bookings VALUES ('01a23510-d9d7-71bc-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-10 06:00:00+00', '2026-12-10 07:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-07 06:00:00+00', '2026-12-07 06:00:00+00', 100);
INSERT INTO public.bookings VALUES ('01a23510-d9db-7196-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-10 01:00:00+00', '2026-12-10 02:30:00+00', '季度销售复盘', 'review', 5, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '2026-12-07 01:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-07 01:00:00+00', '2026-12-07 01:00:00+00', 101);
INSERT INTO public.bookings VALUES ('01a23510-d725-739c-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-02 01:30:00+00', '2026-12-02 03:30:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-29 02:30:00+00', NULL, '2026-12-02 01:36:00+00', '2026-12-02 03:30:00+00', 4, NULL, 4, '2026-11-29 01:30:00+00', '2026-12-02 03:30:00+00', 34);
INSERT INTO public.bookings VALUES ('01a23510-d8c3-713a-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-08 01:30:00+00', '2026-12-08 03:30:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-05 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-05 01:30:00+00', '2026-12-05 02:30:00+00', 74);
INSERT INTO public.bookings VALUES ('01a23510-d756-70e5-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-02 02:00:00+00', '2026-12-02 03:00:00+00', '招聘面试', 'interview', 3, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '3601a178-f112-461e-929a-d039aed80200', '2026-11-29 02:00:00+00', NULL, '2026-12-02 02:00:00+00', '2026-12-02 02:55:00+00', 3, NULL, 3, '2026-11-29 02:00:00+00', '2026-12-02 02:55:00+00', 36);
INSERT INTO public.bookings VALUES ('01a23510-d76a-71cb-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-03 01:00:00+00', '2026-12-03 02:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-30 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-30 01:00:00+00', '2026-11-30 02:00:00+00', 37);
INSERT INTO public.bookings VALUES ('01a23510-d77e-734f-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-03 01:30:00+00', '2026-12-03 02:30:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-30 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-30 01:30:00+00', '2026-11-30 02:30:00+00', 39);
INSERT INTO public.bookings VALUES ('01a23510-d7a3-714f-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-03 07:00:00+00', '2026-12-03 08:30:00+00', '项目启动会', 'meeting', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-11-30 07:00:00+00', '2026-11-30 07:00:00+00', 44);
INSERT INTO public.bookings VALUES ('01a23510-d7a6-71eb-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-03 01:00:00+00', '2026-12-03 03:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-30 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-30 01:00:00+00', '2026-11-30 02:00:00+00', 45);
INSERT INTO public.bookings VALUES ('01a23510-d7c0-7075-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-03 01:30:00+00', '2026-12-03 02:30:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-11-30 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-11-30 01:30:00+00', '2026-11-30 02:30:00+00', 47);
INSERT INTO public.bookings VALUES ('01a23510-d7dd-7396-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-04 07:00:00+00', '2026-12-04 08:30:00+00', '客户接待', 'reception', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'rejected', false, '该时段已安排领导接待', '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-01 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-01 07:00:00+00', '2026-12-01 08:00:00+00', 50);
INSERT INTO public.bookings VALUES ('01a23510-d7fb-722b-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-04 06:00:00+00', '2026-12-04 08:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-01 06:00:00+00', '2026-12-01 06:00:00+00', 52);
INSERT INTO public.bookings VALUES ('01a23510-d7ff-7021-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-04 01:00:00+00', '2026-12-04 02:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '3601a178-f112-461e-929a-d039aed80200', '2026-12-01 01:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-01 01:00:00+00', '2026-12-01 01:00:00+00', 53);
INSERT INTO public.bookings VALUES ('01a23510-d801-73dd-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-04 06:00:00+00', '2026-12-04 07:30:00+00', '项目启动会', 'meeting', 60, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-01 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-01 06:00:00+00', '2026-12-01 07:00:00+00', 54);
INSERT INTO public.bookings VALUES ('01a23510-d827-707c-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-04 07:00:00+00', '2026-12-04 08:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-01 07:00:00+00', '2026-12-01 07:00:00+00', 56);
INSERT INTO public.bookings VALUES ('01a23510-d82a-71bc-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-04 01:00:00+00', '2026-12-04 02:00:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-01 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-01 01:00:00+00', '2026-12-01 02:00:00+00', 57);
INSERT INTO public.bookings VALUES ('01a23510-d844-70dc-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-04 02:00:00+00', '2026-12-04 03:00:00+00', '部门例会', 'meeting', 3, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '2026-12-01 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-01 02:00:00+00', '2026-12-01 02:00:00+00', 59);
INSERT INTO public.bookings VALUES ('01a23510-d847-7348-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-04 06:00:00+00', '2026-12-04 07:00:00+00', '新员工培训', 'training', 3, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '3601a178-f112-461e-929a-d039aed80200', '2026-12-01 06:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-01 06:00:00+00', '2026-12-01 06:00:00+00', 60);
INSERT INTO public.bookings VALUES ('01a23510-d84a-73b3-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-07 01:00:00+00', '2026-12-07 02:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-04 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-04 01:00:00+00', '2026-12-04 02:00:00+00', 61);
INSERT INTO public.bookings VALUES ('01a23510-d868-7299-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-07 02:00:00+00', '2026-12-07 04:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-04 03:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-04 02:00:00+00', '2026-12-04 03:00:00+00', 63);
INSERT INTO public.bookings VALUES ('01a23510-d88c-7020-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-07 02:00:00+00', '2026-12-07 03:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-04 03:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-04 02:00:00+00', '2026-12-04 03:00:00+00', 67);
INSERT INTO public.bookings VALUES ('01a23510-d8a6-7079-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-07 07:00:00+00', '2026-12-07 09:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'rejected', false, '该时段已安排领导接待', '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-04 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-04 07:00:00+00', '2026-12-04 08:00:00+00', 70);
INSERT INTO public.bookings VALUES ('01a23510-d8da-73c5-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-08 02:00:00+00', '2026-12-08 03:00:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-05 02:00:00+00', '2026-12-05 02:00:00+00', 76);
INSERT INTO public.bookings VALUES ('01a23510-d8de-702a-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-08 07:00:00+00', '2026-12-08 09:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', '2026-12-05 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-05 07:00:00+00', '2026-12-05 07:00:00+00', 77);
INSERT INTO public.bookings VALUES ('01a23510-d8e0-7391-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-08 01:30:00+00', '2026-12-08 02:30:00+00', '部门例会', 'meeting', 60, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-05 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-05 01:30:00+00', '2026-12-05 02:30:00+00', 78);
INSERT INTO public.bookings VALUES ('01a23510-d8f4-72f7-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-08 02:00:00+00', '2026-12-08 03:30:00+00', '季度销售复盘', 'review', 5, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-05 02:00:00+00', '2026-12-05 02:00:00+00', 80);
INSERT INTO public.bookings VALUES ('01a23510-d8f7-72c5-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-08 06:00:00+00', '2026-12-08 08:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-05 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-05 06:00:00+00', '2026-12-05 07:00:00+00', 81);
INSERT INTO public.bookings VALUES ('01a23510-d91a-71f0-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-08 07:00:00+00', '2026-12-08 08:00:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-05 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-05 07:00:00+00', '2026-12-05 08:00:00+00', 83);
INSERT INTO public.bookings VALUES ('01a23510-d94a-70f1-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-09 06:00:00+00', '2026-12-09 07:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-06 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-06 06:00:00+00', '2026-12-06 07:00:00+00', 86);
INSERT INTO public.bookings VALUES ('01a23510-d95f-7316-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-09 06:00:00+00', '2026-12-09 08:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-06 06:00:00+00', '2026-12-06 06:00:00+00', 88);
INSERT INTO public.bookings VALUES ('01a23510-d962-7162-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-09 01:00:00+00', '2026-12-09 02:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '2026-12-06 01:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-06 01:00:00+00', '2026-12-06 01:00:00+00', 89);
INSERT INTO public.bookings VALUES ('01a23510-d966-716f-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-09 07:00:00+00', '2026-12-09 08:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '3601a178-f112-461e-929a-d039aed80200', '2026-12-06 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-06 07:00:00+00', '2026-12-06 07:00:00+00', 90);
INSERT INTO public.bookings VALUES ('01a23510-d968-73ab-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-09 01:30:00+00', '2026-12-09 03:00:00+00', '季度销售复盘', 'review', 60, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-06 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-06 01:30:00+00', '2026-12-06 02:30:00+00', 91);
INSERT INTO public.bookings VALUES ('01a23510-d989-7387-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-09 06:00:00+00', '2026-12-09 07:00:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-06 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-06 06:00:00+00', '2026-12-06 07:00:00+00', 94);
INSERT INTO public.bookings VALUES ('01a23510-d9a7-739a-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-09 06:00:00+00', '2026-12-09 07:00:00+00', '部门例会', 'meeting', 3, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '2026-12-06 06:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-06 06:00:00+00', '2026-12-06 06:00:00+00', 96);
INSERT INTO public.bookings VALUES ('01a23510-d9ab-7350-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-10 01:00:00+00', '2026-12-10 02:00:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-07 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-07 01:00:00+00', '2026-12-07 02:00:00+00', 97);
INSERT INTO public.bookings VALUES ('01a23510-d9cb-7059-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-10 02:00:00+00', '2026-12-10 03:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-07 03:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-07 02:00:00+00', '2026-12-07 03:00:00+00', 99);
INSERT INTO public.bookings VALUES ('01a23510-d9ed-70e5-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-10 02:00:00+00', '2026-12-10 03:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-07 03:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-07 02:00:00+00', '2026-12-07 03:00:00+00', 103);
INSERT INTO public.bookings VALUES ('01a23510-d9fc-7091-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-10 07:00:00+00', '2026-12-10 08:00:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-07 07:00:00+00', '2026-12-07 07:00:00+00', 104);
INSERT INTO public.bookings VALUES ('01a23510-d9ff-7347-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-10 01:00:00+00', '2026-12-10 02:30:00+00', '客户接待', 'reception', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-07 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-07 01:00:00+00', '2026-12-07 02:00:00+00', 105);
INSERT INTO public.bookings VALUES ('01a23510-da20-70d5-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-10 02:00:00+00', '2026-12-10 03:00:00+00', '招聘面试', 'interview', 3, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '3601a178-f112-461e-929a-d039aed80200', '2026-12-07 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-07 02:00:00+00', '2026-12-07 02:00:00+00', 107);
INSERT INTO public.bookings VALUES ('01a23510-da26-7082-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-10 06:00:00+00', '2026-12-10 07:30:00+00', '季度销售复盘', 'review', 3, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '2026-12-07 06:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-07 06:00:00+00', '2026-12-07 06:00:00+00', 108);
INSERT INTO public.bookings VALUES ('01a23510-da2a-706d-8320-fdd6af8fa146', 'f60231cf-4fe3-45bf-83c3-9116e5242528', '2026-12-11 06:00:00+00', '2026-12-11 08:00:00+00', '预算评审', 'meeting', 5, '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-08 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-08 06:00:00+00', '2026-12-08 07:00:00+00', 109);
INSERT INTO public.bookings VALUES ('01a23510-da44-726a-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-11 07:00:00+00', '2026-12-11 08:00:00+00', '新员工培训', 'training', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-08 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-08 07:00:00+00', '2026-12-08 08:00:00+00', 111);
INSERT INTO public.bookings VALUES ('01a23510-da77-70a8-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-11 06:00:00+00', '2026-12-11 07:00:00+00', '招聘面试', 'interview', 60, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-08 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-08 06:00:00+00', '2026-12-08 07:00:00+00', 115);
INSERT INTO public.bookings VALUES ('01a23510-daa7-7317-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-11 01:30:00+00', '2026-12-11 02:30:00+00', '招聘面试', 'interview', 5, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-08 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-08 01:30:00+00', '2026-12-08 02:30:00+00', 118);
INSERT INTO public.bookings VALUES ('01a23510-dac1-70a4-8320-fdd6af8fa146', '8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '2026-12-11 02:00:00+00', '2026-12-11 03:30:00+00', '项目启动会', 'meeting', 3, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'approved', false, NULL, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', '2026-12-08 02:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-08 02:00:00+00', '2026-12-08 02:00:00+00', 120);
INSERT INTO public.bookings VALUES ('01a23510-db08-71cf-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-18 06:00:00+00', '2026-12-18 07:30:00+00', '业务代表会议', 'meeting', 8, '54029b2e-3348-4115-b8ba-672a215aea5a', '8d579c95-eeea-43c3-8f31-67fc321482e5', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 121);
INSERT INTO public.bookings VALUES ('01a23510-db08-7236-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2027-01-22 06:00:00+00', '2027-01-22 07:30:00+00', '业务代表会议', 'meeting', 8, '54029b2e-3348-4115-b8ba-672a215aea5a', '8d579c95-eeea-43c3-8f31-67fc321482e5', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 122);
INSERT INTO public.bookings VALUES ('01a23510-db08-725e-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2027-02-19 06:00:00+00', '2027-02-19 07:30:00+00', '业务代表会议', 'meeting', 8, '54029b2e-3348-4115-b8ba-672a215aea5a', '8d579c95-eeea-43c3-8f31-67fc321482e5', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 123);
INSERT INTO public.bookings VALUES ('01a23510-db08-7281-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2027-03-19 06:00:00+00', '2027-03-19 07:30:00+00', '业务代表会议', 'meeting', 8, '54029b2e-3348-4115-b8ba-672a215aea5a', '8d579c95-eeea-43c3-8f31-67fc321482e5', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 124);
INSERT INTO public.bookings VALUES ('01a23510-db08-72a4-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2027-04-23 06:00:00+00', '2027-04-23 07:30:00+00', '业务代表会议', 'meeting', 8, '54029b2e-3348-4115-b8ba-672a215aea5a', '8d579c95-eeea-43c3-8f31-67fc321482e5', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 125);
INSERT INTO public.bookings VALUES ('01a23510-db08-72f9-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2027-05-21 06:00:00+00', '2027-05-21 07:30:00+00', '业务代表会议', 'meeting', 8, '54029b2e-3348-4115-b8ba-672a215aea5a', '8d579c95-eeea-43c3-8f31-67fc321482e5', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 126);
INSERT INTO public.bookings VALUES ('01a23510-db3d-72d5-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-14 08:00:00+00', '2026-12-14 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 127);
INSERT INTO public.bookings VALUES ('01a23510-db3d-7330-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-21 08:00:00+00', '2026-12-21 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 128);
INSERT INTO public.bookings VALUES ('01a23510-db3d-7355-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-28 08:00:00+00', '2026-12-28 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 129);
INSERT INTO public.bookings VALUES ('01a23510-db3d-7376-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2027-01-04 08:00:00+00', '2027-01-04 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 130);
INSERT INTO public.bookings VALUES ('01a23510-db3d-7395-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2027-01-11 08:00:00+00', '2027-01-11 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 131);
INSERT INTO public.bookings VALUES ('01a23510-db3d-73b6-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2027-01-18 08:00:00+00', '2027-01-18 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 132);
INSERT INTO public.bookings VALUES ('01a23510-db3d-73d4-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2027-01-25 08:00:00+00', '2027-01-25 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 133);
INSERT INTO public.bookings VALUES ('01a23510-db3e-700b-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2027-02-01 08:00:00+00', '2027-02-01 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 134);
INSERT INTO public.bookings VALUES ('01a23510-db3e-702c-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2027-02-08 08:00:00+00', '2027-02-08 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 135);
INSERT INTO public.bookings VALUES ('01a23510-db3e-7076-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2027-02-15 08:00:00+00', '2027-02-15 09:00:00+00', '班务会', 'meeting', 8, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 136);
INSERT INTO public.bookings VALUES ('01a23510-da0e-7005-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-10 07:00:00+00', '2026-12-10 08:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-07 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-07 07:00:00+00', '2026-12-07 08:00:00+00', 106);
INSERT INTO public.bookings VALUES ('01a23510-da37-7311-8320-fdd6af8fa146', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '2026-12-11 01:30:00+00', '2026-12-11 02:30:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'rejected', false, '该时段已安排领导接待', '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-08 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-08 01:30:00+00', '2026-12-08 02:30:00+00', 110);
INSERT INTO public.bookings VALUES ('01a23510-da5a-7178-8320-fdd6af8fa146', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '2026-12-11 02:00:00+00', '2026-12-11 03:30:00+00', '季度销售复盘', 'review', 5, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-08 02:00:00+00', '2026-12-08 02:00:00+00', 112);
INSERT INTO public.bookings VALUES ('01a23510-da5f-707d-8320-fdd6af8fa146', 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '2026-12-11 07:00:00+00', '2026-12-11 09:00:00+00', '技术方案讨论', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '2026-12-08 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 1, '2026-12-08 07:00:00+00', '2026-12-08 07:00:00+00', 113);
INSERT INTO public.bookings VALUES ('01a23510-da63-71d0-8320-fdd6af8fa146', '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '2026-12-11 01:30:00+00', '2026-12-11 02:30:00+00', '新员工培训', 'training', 60, '3601a178-f112-461e-929a-d039aed80200', '4d06878c-719e-4ace-9e12-6a8b469eeec0', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-08 02:30:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-08 01:30:00+00', '2026-12-08 02:30:00+00', 114);
INSERT INTO public.bookings VALUES ('01a23510-da86-7381-8320-fdd6af8fa146', '18bf3241-49ce-4139-ab92-7e068773408a', '2026-12-11 02:00:00+00', '2026-12-11 03:30:00+00', '客户接待', 'reception', 5, '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', 'pending', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-08 02:00:00+00', '2026-12-08 02:00:00+00', 116);
INSERT INTO public.bookings VALUES ('01a23510-da8a-727d-8320-fdd6af8fa146', '6d227974-911d-445b-aeae-b0318b7630b2', '2026-12-11 06:00:00+00', '2026-12-11 07:00:00+00', '部门例会', 'meeting', 5, '34524f69-7ecf-45a3-91f0-5460bacfcf04', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-08 07:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-08 06:00:00+00', '2026-12-08 07:00:00+00', 117);
INSERT INTO public.bookings VALUES ('01a23510-dab5-7063-8320-fdd6af8fa146', 'e1da4414-2db2-41fe-9722-d771554d97fb', '2026-12-11 07:00:00+00', '2026-12-11 08:30:00+00', '季度销售复盘', 'review', 5, 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', '17393e4b-0302-4030-905c-fdfa36a51c82', 'approved', false, NULL, '54029b2e-3348-4115-b8ba-672a215aea5a', '2026-12-08 08:00:00+00', NULL, NULL, NULL, NULL, NULL, 2, '2026-12-08 07:00:00+00', '2026-12-08 08:00:00+00', 119);


--
-- Data for Name: calendar_copies; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_days; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_feeds; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_periods; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: checklist_items; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.checklist_items VALUES ('01a23510-db21-721c-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2026-12-17 06:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7226-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2026-12-18 04:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-722b-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2026-12-18 05:30:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-722f-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-01-21 06:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7232-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-01-22 04:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7235-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-01-22 05:30:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7238-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-02-18 06:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-723a-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-02-19 04:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-723d-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-02-19 05:30:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-723f-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-03-18 06:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7241-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-03-19 04:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7243-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-03-19 05:30:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7245-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-04-22 06:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7247-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-04-23 04:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7249-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-04-23 05:30:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-724c-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-05-20 06:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-724d-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-05-21 04:00:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db21-7250-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-05-21 05:30:00+00', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7321-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2026-12-13 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-732e-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2026-12-14 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7333-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2026-12-14 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7339-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2026-12-20 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-733c-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2026-12-21 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-733f-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2026-12-21 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7341-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2026-12-27 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7344-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2026-12-28 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7348-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2026-12-28 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-734b-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-01-03 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-734d-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-01-04 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-734f-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-01-04 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7351-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-01-10 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7353-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-01-11 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7354-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-01-11 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7357-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-01-17 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7359-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-01-18 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-735b-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-01-18 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-735c-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-01-24 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-735e-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-01-25 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-735f-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-01-25 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7361-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-01-31 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7363-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-02-01 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7364-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-02-01 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7366-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-02-07 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7367-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-02-08 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-7369-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-02-08 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-736b-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', 1, 'venue', '会场布置', '2027-02-14 08:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-736c-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', 2, 'materials', '会议材料', '2027-02-15 06:00:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);
INSERT INTO public.checklist_items VALUES ('01a23510-db58-736d-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', 3, 'equipment', '设备调试', '2027-02-15 07:30:00+00', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, NULL);


--
-- Data for Name: departments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.departments VALUES ('8d579c95-eeea-43c3-8f31-67fc321482e5', '行政部', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.departments VALUES ('77656a45-ad12-4351-af65-9789b4511b85', '信息中心', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.departments VALUES ('04450f29-5861-4379-a672-d2ac2d81c9e7', '清洁服务部', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.departments VALUES ('17393e4b-0302-4030-905c-fdfa36a51c82', '销售部', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.departments VALUES ('a0c65d8e-3c5b-4724-842d-73ab02986b9f', '财务部', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.departments VALUES ('4d06878c-719e-4ace-9e12-6a8b469eeec0', '人力资源部', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.departments VALUES ('bbc861f9-de2e-4d58-b335-d8d91bfc3750', '技术部', '2026-12-02 04:43:44.450748+00', NULL);


--
-- Data for Name: login_attempts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: materials; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting_participants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_participants VALUES ('01a23510-db15-7092-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70a2-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70a6-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70a9-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70ac-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70af-8320-fdd6af8fa146', '01a23510-db08-722b-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70b2-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70b3-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70b5-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70b8-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70b9-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70bb-8320-fdd6af8fa146', '01a23510-db08-725c-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70bc-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70be-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70bf-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70c0-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70c2-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70c4-8320-fdd6af8fa146', '01a23510-db08-7280-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70c5-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70c7-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70c8-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70c9-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70cb-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70cc-8320-fdd6af8fa146', '01a23510-db08-72a3-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70ce-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70d0-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70d1-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70d3-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70d4-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70d5-8320-fdd6af8fa146', '01a23510-db08-72f6-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70d7-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', '54029b2e-3348-4115-b8ba-672a215aea5a', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70d8-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70da-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70e1-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70e3-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db15-70e4-8320-fdd6af8fa146', '01a23510-db08-731b-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-709e-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70aa-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70ae-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70b1-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70b4-8320-fdd6af8fa146', '01a23510-db3d-732c-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70b7-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70ba-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70bc-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70c0-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70c3-8320-fdd6af8fa146', '01a23510-db3d-7353-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70c7-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70ca-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70cc-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70ce-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70d0-8320-fdd6af8fa146', '01a23510-db3d-7374-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70d3-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70d5-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70d8-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70db-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70dd-8320-fdd6af8fa146', '01a23510-db3d-7394-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70df-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70e1-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70e2-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70e4-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70e6-8320-fdd6af8fa146', '01a23510-db3d-73b4-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70e8-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70ea-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70eb-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70ed-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70ef-8320-fdd6af8fa146', '01a23510-db3d-73d3-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70f1-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70f2-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70f5-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70f8-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70fa-8320-fdd6af8fa146', '01a23510-db3e-700a-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70fc-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70fe-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-70ff-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7101-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7102-8320-fdd6af8fa146', '01a23510-db3e-702b-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7103-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7105-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7107-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7109-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-710b-8320-fdd6af8fa146', '01a23510-db3e-7074-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-710d-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', NULL, NULL, 'organiser', 'organiser', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-710e-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7110-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7112-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', NULL, NULL, 'role:staff', 'attendee', false, '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_participants VALUES ('01a23510-db4a-7113-8320-fdd6af8fa146', '01a23510-db3e-7095-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', NULL, NULL, 'role:department_head', 'host', false, '2026-12-02 04:43:44.450748+00');


--
-- Data for Name: meeting_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting_reporters; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting_series; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_series VALUES ('01a23510-db04-72d9-8320-fdd6af8fa146', 'f1e77908-5881-443c-90d3-0491b9a9b613', '业务代表会议', '54029b2e-3348-4115-b8ba-672a215aea5a', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24', '2026-12-03T14:00:00', 90, '2027-05-31', 'next_workday', NULL, NULL, '[]', '[]', '[{"kind":"role","value":"staff"},{"kind":"role","value":"department_head"}]', 8, 'active', NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00');
INSERT INTO public.meeting_series VALUES ('01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', 'FREQ=WEEKLY;BYDAY=MO', '2026-12-03T16:00:00', 60, '2027-02-20', 'next_workday', NULL, NULL, '[]', '["2026-12-07T16:00:00"]', '[{"kind":"role","value":"staff"},{"kind":"role","value":"department_head"}]', 8, 'active', NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00');


--
-- Data for Name: meeting_types; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_types VALUES ('9d861dfb-50a3-477c-92bb-6a0581a6d061', 'a2.student_work_monthly', 'A2 第四条', '{"en":"Monthly Student Affairs Meeting","zh-Hans":"学生工作月会","zh-Hant":"學生工作月會"}', '{"en":"Leader in charge of student affairs","zh-Hans":"分管学生工作领导","zh-Hant":"分管學生工作領導"}', 'department_head', '[{"kind":"position","label":{"en":"Head of the Student Affairs Office","zh-Hans":"学工部（处）负责人","zh-Hant":"學工部（處）負責人"},"value":"学工部负责人"},{"kind":"position","label":{"en":"Heads of student affairs in each department","zh-Hans":"各系分管学生工作负责人","zh-Hant":"各系分管學生工作負責人"},"value":"分管学生工作负责人"},{"kind":"position","label":{"en":"All counsellors","zh-Hans":"全体辅导员","zh-Hant":"全體輔導員"},"value":"辅导员"},{"kind":"position","label":{"en":"Heads of the Security Office and other relevant offices","zh-Hans":"保卫处等相关职能部门负责人","zh-Hant":"保衛處等相關職能部門負責人"},"value":"保卫处负责人"}]', 'FREQ=MONTHLY;BYDAY=1WE', NULL, NULL, 870, 90, true, '{"en":"Once a month; extra meetings may be called when necessary","zh-Hans":"每月一次，必要时可临时召开","zh-Hant":"每月一次，必要時可臨時召開"}', false, '[{"minutes":25,"title":{"en":"Department reports on student affairs and major activities, and sharing of experience","zh-Hans":"各系汇报本系学生工作的主要情况和重大活动开展情况，并进行经验交流","zh-Hant":"各系匯報本系學生工作的主要情況和重大活動開展情況，並進行經驗交流"}},{"minutes":15,"title":{"en":"Student Affairs Office and Youth League Committee: review of last month and this month''s main tasks","zh-Hans":"学工部（处）、团委小结上月工作情况，按工作要点布置本月主要工作","zh-Hant":"學工部（處）、團委小結上月工作情況，按工作要點布置本月主要工作"}},{"minutes":15,"title":{"en":"Current key student issues: analysis and proposed measures","zh-Hans":"分析研究近期学生重点、热点问题，提出工作措施","zh-Hant":"分析研究近期學生重點、熱點問題，提出工作措施"}},{"minutes":15,"title":{"en":"Student commendations, disciplinary cases and withdrawal of sanctions","zh-Hans":"讨论学生表彰、违纪处理、撤销违纪学生处分等事宜","zh-Hant":"討論學生表彰、違紀處理、撤銷違紀學生處分等事宜"}},{"minutes":10,"title":{"en":"Security Office: student safety risks and safety education","zh-Hans":"保卫处部署学生安全隐患排查及安全教育工作","zh-Hant":"保衛處部署學生安全隱患排查及安全教育工作"}},{"minutes":10,"title":{"en":"Student dormitory management: update and requirements","zh-Hans":"通报学生宿舍管理情况，提出要求","zh-Hant":"通報學生宿舍管理情況，提出要求"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('4ba6ebb3-5c5c-41e4-ac98-1f3c31aaf748', 'a2.office_weekly', 'A2 第五条', '{"en":"Weekly Student Affairs Office Meeting","zh-Hans":"学工部（处）周例会","zh-Hant":"學工部（處）週例會"}', '{"en":"Student Affairs Office","zh-Hans":"学工部（处）","zh-Hant":"學工部（處）"}', 'department_head', '[{"kind":"position","label":{"en":"Heads of student affairs in each department","zh-Hans":"各系分管学生工作负责人","zh-Hant":"各系分管學生工作負責人"},"value":"分管学生工作负责人"},{"kind":"position","label":{"en":"Counsellors","zh-Hans":"辅导员","zh-Hant":"輔導員"},"value":"辅导员"},{"kind":"position","label":{"en":"Relevant Student Affairs Office staff","zh-Hans":"学工部（处）有关人员","zh-Hant":"學工部（處）相關人員"},"value":"学工部工作人员"}]', 'FREQ=WEEKLY;BYDAY=TU', NULL, NULL, 870, 60, true, '{"en":"Every Tuesday afternoon; extra meetings may be called when necessary","zh-Hans":"每周星期二下午，必要时临时召开","zh-Hant":"每週星期二下午，必要時臨時召開"}', false, '[{"minutes":15,"title":{"en":"Briefing on directives and meetings from higher authorities and the school","zh-Hans":"传达、贯彻上级和学校有关会议、指示精神","zh-Hant":"傳達、貫徹上級和學校有關會議、指示精神"}},{"minutes":25,"title":{"en":"Department updates on student affairs","zh-Hans":"各系通报本系学生工作情况","zh-Hant":"各系通報本系學生工作情況"}},{"minutes":20,"title":{"en":"This week''s main tasks","zh-Hans":"布置本周主要工作任务","zh-Hant":"布置本週主要工作任務"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('075d8148-0555-4469-9c0a-9c5ee1b3abe1', 'a2.class_weekly', 'A2 第六条', '{"en":"Weekly Class Meeting","zh-Hans":"学生班会","zh-Hant":"學生班會"}', '{"en":"Counsellor or class officer","zh-Hans":"辅导员或学生班干部","zh-Hant":"輔導員或學生班幹部"}', 'staff', '[{"kind":"position","label":{"en":"All students in the class","zh-Hans":"全班学生","zh-Hant":"全班學生"},"value":"学生"},{"kind":"position","label":{"en":"Class counsellor","zh-Hans":"班级辅导员","zh-Hant":"班級輔導員"},"value":"辅导员"}]', 'FREQ=WEEKLY;BYDAY=MO', NULL, NULL, 990, 45, false, '{"en":"Once a week","zh-Hans":"每周一次","zh-Hant":"每週一次"}', false, '[{"minutes":10,"title":{"en":"Review of the class''s week: commendations, criticism of bad conduct and sanctions, code of conduct reminders, class fund spending","zh-Hans":"总结本周本班各方面情况：表彰好人好事、批评不良倾向与违纪处分、强调学生行为规范、班费开支情况等","zh-Hant":"總結本週本班各方面情況：表彰好人好事、批評不良傾向與違紀處分、強調學生行為規範、班費開支情況等"}},{"minutes":10,"title":{"en":"School and department notices on student education and student affairs","zh-Hans":"传达布置校、系两级学生教育、学生工作内容","zh-Hant":"傳達布置校、系兩級學生教育、學生工作內容"}},{"minutes":15,"title":{"en":"Counsellor''s guidance session or student-led education activity","zh-Hans":"辅导员进行思想教育或学生开展自主教育活动","zh-Hant":"輔導員進行思想教育或學生開展自主教育活動"}},{"minutes":10,"title":{"en":"Class business","zh-Hans":"讨论班级内事务","zh-Hant":"討論班級內事務"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('21cf6ce1-06bd-434a-9665-6507cb680772', 'a2.school_wide', 'A2 全校学生大会（缺条号）', '{"en":"School-wide Student Assembly","zh-Hans":"全校学生大会","zh-Hant":"全校學生大會"}', '{"en":"Student Affairs Office","zh-Hans":"学工部（处）","zh-Hant":"學工部（處）"}', 'department_head', '[{"kind":"position","label":{"en":"All students","zh-Hans":"全校学生","zh-Hant":"全校學生"},"value":"学生"},{"kind":"position","label":{"en":"Heads of student affairs in each department","zh-Hans":"各系分管学生工作负责人","zh-Hant":"各系分管學生工作負責人"},"value":"分管学生工作负责人"},{"kind":"position","label":{"en":"All counsellors","zh-Hans":"全体辅导员","zh-Hant":"全體輔導員"},"value":"辅导员"}]', 'FREQ=MONTHLY;BYDAY=2WE', 2, 'semester', 870, 120, true, '{"en":"Once or twice a semester; extra meetings may be called when necessary","zh-Hans":"每学期一至二次，必要时临时召开","zh-Hant":"每學期一至二次，必要時臨時召開"}', false, '[{"minutes":15,"title":{"en":"Review of student affairs across the school","zh-Hans":"总结全校学生工作","zh-Hant":"總結全校學生工作"}},{"minutes":20,"title":{"en":"School-wide student education and management tasks","zh-Hans":"布置全校学生教育管理工作","zh-Hant":"布置全校學生教育管理工作"}},{"minutes":20,"title":{"en":"School awards for outstanding students and recognition received from higher authorities","zh-Hans":"表彰校级学生先进，通报受上级表彰的学生先进情况","zh-Hant":"表彰校級學生先進，通報受上級表彰的學生先進情況"}},{"minutes":15,"title":{"en":"Major student incidents and decisions taken","zh-Hans":"通报重大学生事件并公布处理决定","zh-Hant":"通報重大學生事件並公布處理決定"}},{"minutes":20,"title":{"en":"Mobilisation for major school-wide student activities","zh-Hans":"全校性重大学生活动的组织动员","zh-Hant":"全校性重大學生活動的組織動員"}},{"minutes":30,"title":{"en":"Announcement of major disciplinary decisions and school-wide legal education","zh-Hans":"宣布重大学生违纪处理决定，开展全校性法制教育","zh-Hant":"宣布重大學生違紀處理決定，開展全校性法制教育"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('7557a1dc-08b5-45af-91f8-83aa2ce29094', 'a5.pre_shift', 'A5 §4', '{"en":"Pre-shift Briefing","zh-Hans":"班前例会","zh-Hant":"班前例會"}', '{"en":"Department manager or delegate","zh-Hans":"各部门经理或授权人","zh-Hant":"各部門經理或授權人"}', 'department_head', '[{"kind":"role","label":{"en":"Department staff on shift","zh-Hans":"本部门当班员工","zh-Hant":"本部門當班員工"},"value":"staff"}]', 'FREQ=DAILY', NULL, NULL, 630, 15, false, '{"en":"Daily, before the shift","zh-Hans":"每日班前","zh-Hant":"每日班前"}', false, '[{"minutes":7,"title":{"en":"Review of yesterday''s work","zh-Hans":"总结前日工作情况","zh-Hant":"總結前日工作情況"}},{"minutes":8,"title":{"en":"Today''s assignments","zh-Hans":"分配当日相关工作","zh-Hant":"分配當日相關工作"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('084fea6a-14cd-44b5-b7a1-0e802842638c', 'a2.student_cadre', 'A2 学生干部会议（缺条号）', '{"en":"Student Leaders'' Meeting","zh-Hans":"学生干部会议","zh-Hant":"學生幹部會議"}', '{"en":"Student Affairs Office or Youth League Committee","zh-Hans":"学工部（处）或团委","zh-Hant":"學工部（處）或團委"}', 'department_head', '[{"kind":"position","label":{"en":"All student leaders","zh-Hans":"全体学生干部","zh-Hant":"全體學生幹部"},"value":"学生干部"},{"kind":"position","label":{"en":"Head of the Youth League Committee","zh-Hans":"团委负责人","zh-Hant":"團委負責人"},"value":"团委负责人"}]', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1TH', NULL, NULL, 870, 90, true, '{"en":"Once a quarter; extra meetings may be called when necessary","zh-Hans":"每季一次，必要时召开临时会议","zh-Hant":"每季一次，必要時召開臨時會議"}', false, '[{"minutes":15,"title":{"en":"Briefing student leaders on plans and guiding principles for student education and management","zh-Hans":"向学生干部传达学生教育管理工作的规划和指导思想","zh-Hant":"向學生幹部傳達學生教育管理工作的規劃和指導思想"}},{"minutes":25,"title":{"en":"Student leaders'' feedback and suggestions on student education and management","zh-Hans":"听取学生干部对学生教育管理工作的意见和建议","zh-Hant":"聽取學生幹部對學生教育管理工作的意見和建議"}},{"minutes":30,"title":{"en":"Review of and guidance on student leaders'' work; leadership training","zh-Hans":"总结、指导学生干部工作，开展学生干部培训","zh-Hant":"總結、指導學生幹部工作，進行學生幹部培訓"}},{"minutes":20,"title":{"en":"Planning major student activities and sharing experience","zh-Hans":"布置重大学生活动，交流学生工作经验","zh-Hant":"布置重大學生活動，交流學生工作經驗"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('186b56dd-a950-448f-9b02-fb97006478f3', 'a3.shift_handover', 'A3 会议第1条', '{"en":"Shift Handover Meeting","zh-Hans":"交接会","zh-Hant":"交接會"}', '{"en":"Shift leader on duty","zh-Hans":"当班班长","zh-Hant":"當班班長"}', 'staff', '[{"kind":"position","label":{"en":"Outgoing and incoming service representatives","zh-Hans":"当班及接班业务代表","zh-Hant":"當班及接班業務代表"},"value":"业务代表"},{"kind":"position","label":{"en":"Outgoing and incoming shift leaders","zh-Hans":"当班及接班班长","zh-Hant":"當班及接班班長"},"value":"班长"}]', 'FREQ=DAILY', NULL, NULL, 480, 15, false, '{"en":"At every shift change","zh-Hans":"每班交接时","zh-Hant":"每班交接時"}', false, '[{"minutes":4,"title":{"en":"New business and changes","zh-Hans":"业务增加及变动情况","zh-Hant":"業務增加及變動情況"}},{"minutes":3,"title":{"en":"Instructions from management","zh-Hans":"传达上级批示精神","zh-Hant":"傳達上級批示精神"}},{"minutes":4,"title":{"en":"Customer suggestions, complaints and how they are being handled","zh-Hans":"客户建议、投诉及处理流程","zh-Hant":"客戶建議、投訴及處理流程"}},{"minutes":2,"title":{"en":"Equipment changes","zh-Hans":"设备变动情况","zh-Hant":"設備變動情況"}},{"minutes":2,"title":{"en":"Check and sign the handover record","zh-Hans":"核对并签署交接记录","zh-Hant":"核對並簽署交接紀錄"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('3f62c6ae-de34-4d7c-aa46-c56877394411', 'a3.team_weekly', 'A3 会议第2条', '{"en":"Weekly Team Meeting","zh-Hans":"班务会","zh-Hant":"班務會"}', '{"en":"Customer Service Director","zh-Hans":"客服部主任","zh-Hant":"客服部主任"}', 'department_head', '[{"kind":"position","label":{"en":"All shift leaders","zh-Hans":"各班班长","zh-Hant":"各班班長"},"value":"班长"}]', 'FREQ=WEEKLY;BYDAY=MO', NULL, NULL, 960, 60, false, '{"en":"Once a week","zh-Hans":"每周一次","zh-Hant":"每週一次"}', false, '[{"minutes":20,"title":{"en":"Review of the week: service, safety, conduct, training and attendance","zh-Hans":"就服务、安全、作风、培训、考勤等讲评本周工作","zh-Hant":"就服務、安全、作風、培訓、考勤等講評本週工作"}},{"minutes":10,"title":{"en":"Case handling update","zh-Hans":"通报业务处理情况","zh-Hant":"通報業務處理情況"}},{"minutes":20,"title":{"en":"Case studies of difficult issues","zh-Hans":"特殊疑难问题案例分析","zh-Hant":"特殊疑難問題案例分析"}},{"minutes":10,"title":{"en":"Agree standard responses and pass them on to every representative","zh-Hans":"总结统一答复口径，传达到每位业务代表","zh-Hant":"總結統一答覆口徑，傳達到每位業務代表"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('f1e77908-5881-443c-90d3-0491b9a9b613', 'a3.representatives_monthly', 'A3 会议第3条', '{"en":"Monthly Service Representatives'' Meeting","zh-Hans":"业务代表会议","zh-Hant":"業務代表會議"}', '{"en":"Customer Service Director","zh-Hans":"客服部主任","zh-Hant":"客服部主任"}', 'department_head', '[{"kind":"position","label":{"en":"All customer service representatives","zh-Hans":"客服部全体业务代表","zh-Hant":"客服部全體業務代表"},"value":"业务代表"},{"kind":"position","label":{"en":"Customer Service Centre Director","zh-Hans":"客服中心主任","zh-Hant":"客服中心主任"},"value":"客服中心主任"},{"kind":"position","label":{"en":"All shift leaders","zh-Hans":"各班班长","zh-Hant":"各班班長"},"value":"班长"}]', 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24', NULL, NULL, 840, 90, false, '{"en":"Monthly, on the Friday before the 25th","zh-Hans":"每月25日前的星期五","zh-Hant":"每月25日前的星期五"}', false, '[{"minutes":10,"title":{"en":"Progress against this month''s targets","zh-Hans":"通报本月工作任务完成情况","zh-Hant":"通報本月工作任務完成情況"}},{"minutes":15,"title":{"en":"Rewards and penalties based on quality checks","zh-Hans":"根据质检检查情况奖优罚劣","zh-Hant":"根據質檢檢查情況獎優罰劣"}},{"minutes":25,"title":{"en":"Team reports on the month and open issues","zh-Hans":"各班组汇报当月工作，指出工作中存在的问题","zh-Hant":"各班組匯報當月工作，指出工作中存在的問題"}},{"minutes":25,"title":{"en":"Training and Q&A on difficult cases","zh-Hans":"业务培训及疑难问题解答","zh-Hant":"業務培訓及疑難問題解答"}},{"minutes":15,"title":{"en":"Next month''s plan and targets","zh-Hans":"通报下月工作计划及工作目标","zh-Hant":"通報下月工作計畫及工作目標"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('74f5ca2a-d628-49c1-b40b-1e90885ff365', 'a5.routine_daily', 'A5 §1、§3', '{"en":"Daily Management Meeting","zh-Hans":"日常例会","zh-Hant":"日常例會"}', '{"en":"General Manager or delegate","zh-Hans":"总经理或授权人","zh-Hant":"總經理或授權人"}', 'admin', '[{"kind":"role","label":{"en":"Department heads (or their delegates)","zh-Hans":"各部门负责人（或授权人）","zh-Hant":"各部門負責人（或授權人）"},"value":"department_head"}]', 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', NULL, NULL, 540, 30, true, '{"en":"Every working day; extra meetings as required","zh-Hans":"每个工作日，定期或不定期召开","zh-Hant":"每個工作日，定期或不定期召開"}', true, '[{"minutes":25,"title":{"en":"Department heads report, clockwise, on recent work and today''s plans","zh-Hans":"各部门负责人按顺时针顺序汇报前段工作情况和当日工作安排","zh-Hant":"各部門負責人按順時針順序匯報前段工作情況和當日工作安排"}},{"minutes":5,"title":{"en":"General Manager''s comments and instructions","zh-Hans":"总经理讲评并布置工作","zh-Hant":"總經理講評並布置工作"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('62b06894-d9cd-4d3b-819d-e0a912d6de10', 'a5.cost_procurement', 'A5 §5', '{"en":"Cost and Procurement Meeting","zh-Hans":"成本采购会议","zh-Hant":"成本採購會議"}', '{"en":"Head of Finance","zh-Hans":"财务部负责人","zh-Hant":"財務部負責人"}', 'department_head', '[{"kind":"role","label":{"en":"Heads of the relevant operating departments","zh-Hans":"相关营业部门负责人","zh-Hant":"相關營業部門負責人"},"value":"department_head"},{"kind":"position","label":{"en":"Section supervisors","zh-Hans":"各分部主管","zh-Hant":"各分部主管"},"value":"分部主管"}]', 'FREQ=MONTHLY;BYMONTHDAY=5', NULL, NULL, 870, 60, true, '{"en":"Monthly, once the restaurant''s operating report is ready","zh-Hans":"每月编制酒楼营业报表后召开","zh-Hant":"每月編製酒樓營業報表後召開"}', false, '[{"minutes":10,"title":{"en":"Monthly operating report","zh-Hans":"通报本月酒楼营业报表","zh-Hant":"通報本月酒樓營業報表"}},{"minutes":20,"title":{"en":"Cost control and costing: review and analysis","zh-Hans":"成本控制与核算情况总结和分析","zh-Hant":"成本控制與核算情況總結和分析"}},{"minutes":15,"title":{"en":"Procurement: review and analysis","zh-Hans":"采购服务工作总结和分析","zh-Hant":"採購服務工作總結和分析"}},{"minutes":15,"title":{"en":"Agree improvement measures","zh-Hans":"讨论并制定相应改进措施","zh-Hant":"討論並制定相應改進措施"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('6ac8b001-24fc-45f2-9948-f4134c7ac510', 'a5.service_quality', 'A5 §6', '{"en":"Service Quality Meeting","zh-Hans":"服务质量管理会议","zh-Hant":"服務品質管理會議"}', '{"en":"General Manager or delegate","zh-Hans":"总经理或授权人","zh-Hant":"總經理或授權人"}', 'admin', '[{"kind":"role","label":{"en":"All department heads","zh-Hans":"各部门负责人","zh-Hant":"各部門負責人"},"value":"department_head"},{"kind":"position","label":{"en":"Section supervisors","zh-Hans":"各分部主管","zh-Hant":"各分部主管"},"value":"分部主管"}]', 'FREQ=WEEKLY;BYDAY=FR', NULL, NULL, 870, 60, true, '{"en":"Every Friday","zh-Hans":"每月每个星期五","zh-Hant":"每月每個星期五"}', false, '[{"minutes":20,"title":{"en":"Review of this month''s service quality work","zh-Hans":"总结酒楼当月服务质量管理工作","zh-Hant":"總結酒樓當月服務品質管理工作"}},{"minutes":20,"title":{"en":"Analysis of service quality issues","zh-Hans":"分析存在的服务质量问题","zh-Hant":"分析存在的服務品質問題"}},{"minutes":20,"title":{"en":"Agree next month''s specific actions","zh-Hans":"讨论并明确下月具体工作","zh-Hant":"討論並明確下月具體工作"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('38788dda-1c7a-444f-8ab4-014025cb807f', 'a5.safety_monthly', 'A5 §7', '{"en":"Monthly Safety Meeting","zh-Hans":"安全会议","zh-Hant":"安全會議"}', '{"en":"Security Manager","zh-Hans":"保安部经理","zh-Hant":"保安部經理"}', 'department_head', '[{"kind":"position","label":{"en":"Fire safety officers of each department","zh-Hans":"各部门消防责任人","zh-Hant":"各部門消防責任人"},"value":"消防责任人"},{"kind":"position","label":{"en":"Fire Safety Supervisor, Security Department","zh-Hans":"保安部消防主管","zh-Hant":"保安部消防主管"},"value":"保安部消防主管"},{"kind":"position","label":{"en":"Engineering Department technical leads","zh-Hans":"工程部相关工程技术负责人员","zh-Hant":"工程部相關工程技術負責人員"},"value":"工程部技术负责人"}]', 'FREQ=MONTHLY;BYDAY=-1TH', NULL, NULL, 870, 60, true, '{"en":"Once a month (date to be set)","zh-Hans":"每月一次（具体时间待定）","zh-Hant":"每月一次（具體時間待定）"}', false, '[{"minutes":20,"title":{"en":"Review of the month''s fire safety work","zh-Hans":"总结酒楼一个月来的消防安全工作","zh-Hant":"總結酒樓一個月來的消防安全工作"}},{"minutes":20,"title":{"en":"Assign corrective actions for safety hazards","zh-Hans":"布置安全隐患整改相关工作","zh-Hant":"布置安全隱患整改相關工作"}},{"minutes":20,"title":{"en":"Improvement proposals and who will carry them out","zh-Hans":"提出安全工作改进意见并予以落实","zh-Hant":"提出安全工作改進意見並予以落實"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('44a01054-0513-4b0b-b26e-d8a18643f054', 'a5.finance_analysis', 'A5 §10、§11', '{"en":"Finance (Expense) Analysis Meeting","zh-Hans":"财务（费用）分析会议","zh-Hant":"財務（費用）分析會議"}', '{"en":"General Manager or delegate","zh-Hans":"总经理或授权人","zh-Hant":"總經理或授權人"}', 'admin', '[{"kind":"role","label":{"en":"All department heads","zh-Hans":"各部门负责人","zh-Hant":"各部門負責人"},"value":"department_head"},{"kind":"position","label":{"en":"Head of Finance","zh-Hans":"财务部负责人","zh-Hant":"財務部負責人"},"value":"财务部负责人"}]', NULL, NULL, NULL, 570, 45, true, '{"en":"As required, after the daily meeting once reports are complete or when circumstances call for it","zh-Hans":"定期或不定期，报表完成后或特殊情况下于例会结束后召开","zh-Hant":"定期或不定期，報表完成後或特殊情況下於例會結束後召開"}', false, '[{"minutes":15,"title":{"en":"Review of the restaurant''s operating indicators","zh-Hans":"酒楼经营指标分析","zh-Hant":"酒樓經營指標分析"}},{"minutes":20,"title":{"en":"Departmental expenses and energy use","zh-Hans":"各部门费用与能耗分析","zh-Hant":"各部門費用與能耗分析"}},{"minutes":10,"title":{"en":"Financial management requirements","zh-Hans":"提出财务管理要求","zh-Hant":"提出財務管理要求"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('6b2b5012-286c-4b8b-8333-c2052573c40b', 'a5.human_resources', 'A5 §10、§11', '{"en":"Human Resources Meeting","zh-Hans":"人力资源会议","zh-Hant":"人力資源會議"}', '{"en":"General Manager or delegate","zh-Hans":"总经理或授权人","zh-Hant":"總經理或授權人"}', 'admin', '[{"kind":"role","label":{"en":"All department heads","zh-Hans":"各部门负责人","zh-Hant":"各部門負責人"},"value":"department_head"},{"kind":"position","label":{"en":"Head of Human Resources","zh-Hans":"人力资源部负责人","zh-Hant":"人力資源部負責人"},"value":"人力资源部负责人"}]', NULL, NULL, NULL, 570, 45, true, '{"en":"As required, after the daily meeting once reports are complete or when circumstances call for it","zh-Hans":"定期或不定期，报表完成后或特殊情况下于例会结束后召开","zh-Hant":"定期或不定期，報表完成後或特殊情況下於例會結束後召開"}', false, '[{"minutes":15,"title":{"en":"Staffing overview","zh-Hans":"酒楼人力资源情况分析","zh-Hant":"酒樓人力資源情況分析"}},{"minutes":15,"title":{"en":"Focus: recruitment and filling vacancies","zh-Hans":"专题讨论：招聘与补员","zh-Hant":"專題討論：招聘與補員"}},{"minutes":15,"title":{"en":"Focus: promotions and disciplinary cases","zh-Hans":"专题讨论：晋升与违纪处理","zh-Hant":"專題討論：晉升與違紀處理"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);
INSERT INTO public.meeting_types VALUES ('e601a080-4985-4cfb-8977-ec8f2263b9a8', 'a5.credit', 'A5 §10、§11', '{"en":"Credit Meeting","zh-Hans":"信用会议","zh-Hant":"信用會議"}', '{"en":"General Manager or delegate","zh-Hans":"总经理或授权人","zh-Hant":"總經理或授權人"}', 'admin', '[{"kind":"position","label":{"en":"Head of Finance","zh-Hans":"财务部负责人","zh-Hant":"財務部負責人"},"value":"财务部负责人"},{"kind":"position","label":{"en":"Head of Sales","zh-Hans":"销售部负责人","zh-Hant":"銷售部負責人"},"value":"销售部负责人"}]', NULL, NULL, NULL, 570, 45, true, '{"en":"As required, after the daily meeting once reports are complete or when circumstances call for it","zh-Hans":"定期或不定期，报表完成后或特殊情况下于例会结束后召开","zh-Hant":"定期或不定期，報表完成後或特殊情況下於例會結束後召開"}', false, '[{"minutes":15,"title":{"en":"Review and analysis of credit management","zh-Hans":"信贷管理工作总结和分析","zh-Hant":"信貸管理工作總結和分析"}},{"minutes":15,"title":{"en":"Accounts receivable from business clients","zh-Hans":"商务客户应收账款情况分析","zh-Hant":"商務客戶應收帳款情況分析"}},{"minutes":15,"title":{"en":"Collection policy and plan to reduce receivables","zh-Hans":"拟定追收政策和方案，减少酒楼应收账款","zh-Hant":"擬定追收政策和方案，減少酒樓應收帳款"}}]', NULL, true, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', NULL);


--
-- Data for Name: meetings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meetings VALUES ('01a23510-db08-722b-8320-fdd6af8fa146', '01a23510-db04-72d9-8320-fdd6af8fa146', 'f1e77908-5881-443c-90d3-0491b9a9b613', '业务代表会议', '54029b2e-3348-4115-b8ba-672a215aea5a', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '01a23510-db08-71cf-8320-fdd6af8fa146', '2026-12-18 06:00:00+00', '2026-12-18 07:30:00+00', 8, '2026-12-18T14:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 1);
INSERT INTO public.meetings VALUES ('01a23510-db08-725c-8320-fdd6af8fa146', '01a23510-db04-72d9-8320-fdd6af8fa146', 'f1e77908-5881-443c-90d3-0491b9a9b613', '业务代表会议', '54029b2e-3348-4115-b8ba-672a215aea5a', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '01a23510-db08-7236-8320-fdd6af8fa146', '2027-01-22 06:00:00+00', '2027-01-22 07:30:00+00', 8, '2027-01-22T14:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 2);
INSERT INTO public.meetings VALUES ('01a23510-db08-7280-8320-fdd6af8fa146', '01a23510-db04-72d9-8320-fdd6af8fa146', 'f1e77908-5881-443c-90d3-0491b9a9b613', '业务代表会议', '54029b2e-3348-4115-b8ba-672a215aea5a', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '01a23510-db08-725e-8320-fdd6af8fa146', '2027-02-19 06:00:00+00', '2027-02-19 07:30:00+00', 8, '2027-02-19T14:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 3);
INSERT INTO public.meetings VALUES ('01a23510-db08-72a3-8320-fdd6af8fa146', '01a23510-db04-72d9-8320-fdd6af8fa146', 'f1e77908-5881-443c-90d3-0491b9a9b613', '业务代表会议', '54029b2e-3348-4115-b8ba-672a215aea5a', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '01a23510-db08-7281-8320-fdd6af8fa146', '2027-03-19 06:00:00+00', '2027-03-19 07:30:00+00', 8, '2027-03-19T14:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 4);
INSERT INTO public.meetings VALUES ('01a23510-db08-72f6-8320-fdd6af8fa146', '01a23510-db04-72d9-8320-fdd6af8fa146', 'f1e77908-5881-443c-90d3-0491b9a9b613', '业务代表会议', '54029b2e-3348-4115-b8ba-672a215aea5a', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '01a23510-db08-72a4-8320-fdd6af8fa146', '2027-04-23 06:00:00+00', '2027-04-23 07:30:00+00', 8, '2027-04-23T14:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 5);
INSERT INTO public.meetings VALUES ('01a23510-db08-731b-8320-fdd6af8fa146', '01a23510-db04-72d9-8320-fdd6af8fa146', 'f1e77908-5881-443c-90d3-0491b9a9b613', '业务代表会议', '54029b2e-3348-4115-b8ba-672a215aea5a', 'ecf6f20c-b6a8-4b94-a41d-941e640087cb', '01a23510-db08-72f9-8320-fdd6af8fa146', '2027-05-21 06:00:00+00', '2027-05-21 07:30:00+00', 8, '2027-05-21T14:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 6);
INSERT INTO public.meetings VALUES ('01a23510-db3d-732c-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3d-72d5-8320-fdd6af8fa146', '2026-12-14 08:00:00+00', '2026-12-14 09:00:00+00', 8, '2026-12-14T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 7);
INSERT INTO public.meetings VALUES ('01a23510-db3d-7353-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3d-7330-8320-fdd6af8fa146', '2026-12-21 08:00:00+00', '2026-12-21 09:00:00+00', 8, '2026-12-21T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 8);
INSERT INTO public.meetings VALUES ('01a23510-db3d-7374-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3d-7355-8320-fdd6af8fa146', '2026-12-28 08:00:00+00', '2026-12-28 09:00:00+00', 8, '2026-12-28T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 9);
INSERT INTO public.meetings VALUES ('01a23510-db3d-7394-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3d-7376-8320-fdd6af8fa146', '2027-01-04 08:00:00+00', '2027-01-04 09:00:00+00', 8, '2027-01-04T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 10);
INSERT INTO public.meetings VALUES ('01a23510-db3d-73b4-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3d-7395-8320-fdd6af8fa146', '2027-01-11 08:00:00+00', '2027-01-11 09:00:00+00', 8, '2027-01-11T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 11);
INSERT INTO public.meetings VALUES ('01a23510-db3d-73d3-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3d-73b6-8320-fdd6af8fa146', '2027-01-18 08:00:00+00', '2027-01-18 09:00:00+00', 8, '2027-01-18T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 12);
INSERT INTO public.meetings VALUES ('01a23510-db3e-700a-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3d-73d4-8320-fdd6af8fa146', '2027-01-25 08:00:00+00', '2027-01-25 09:00:00+00', 8, '2027-01-25T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 13);
INSERT INTO public.meetings VALUES ('01a23510-db3e-702b-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3e-700b-8320-fdd6af8fa146', '2027-02-01 08:00:00+00', '2027-02-01 09:00:00+00', 8, '2027-02-01T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 14);
INSERT INTO public.meetings VALUES ('01a23510-db3e-7074-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3e-702c-8320-fdd6af8fa146', '2027-02-08 08:00:00+00', '2027-02-08 09:00:00+00', 8, '2027-02-08T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 15);
INSERT INTO public.meetings VALUES ('01a23510-db3e-7095-8320-fdd6af8fa146', '01a23510-db3b-7023-8320-fdd6af8fa146', '3f62c6ae-de34-4d7c-aa46-c56877394411', '班务会', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'f3822923-5d66-4e8a-8d5b-18c7a0407909', '01a23510-db3e-7076-8320-fdd6af8fa146', '2027-02-15 08:00:00+00', '2027-02-15 09:00:00+00', 8, '2027-02-15T16:00:00', 'scheduled', false, 0, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', 16);


--
-- Data for Name: minutes; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: notices; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notifications VALUES ('01a23510-d3a5-71d6-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d3a4-7359-8320-fdd6af8fa146', '{"endsAt":1796005800.0,"roomName":"第一会议室","startsAt":1796000400.0,"title":"客户接待"}', '2026-11-27 01:00:00+00', NULL, NULL, 1);
INSERT INTO public.notifications VALUES ('01a23510-d3b8-71c8-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d3a4-7359-8320-fdd6af8fa146', '{"endsAt":1796005800.0,"roomName":"第一会议室","startsAt":1796000400.0,"title":"客户接待"}', '2026-11-27 02:00:00+00', NULL, NULL, 2);
INSERT INTO public.notifications VALUES ('01a23510-d3cc-725a-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d3cc-717e-8320-fdd6af8fa146', '{"endsAt":1796023800.0,"roomName":"第一会议室","startsAt":1796018400.0,"title":"项目启动会"}', '2026-11-27 06:00:00+00', NULL, NULL, 3);
INSERT INTO public.notifications VALUES ('01a23510-d3d8-7231-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d3cc-717e-8320-fdd6af8fa146', '{"endsAt":1796023800.0,"roomName":"第一会议室","startsAt":1796018400.0,"title":"项目启动会"}', '2026-11-27 07:00:00+00', NULL, NULL, 4);
INSERT INTO public.notifications VALUES ('01a23510-d3ec-70e4-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d3ec-701b-8320-fdd6af8fa146', '{"endsAt":1796009400.0,"roomName":"第二会议室","startsAt":1796002200.0,"title":"技术方案讨论"}', '2026-11-27 01:30:00+00', NULL, NULL, 5);
INSERT INTO public.notifications VALUES ('01a23510-d400-73a0-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d3ec-701b-8320-fdd6af8fa146', '{"endsAt":1796009400.0,"roomName":"第二会议室","startsAt":1796002200.0,"title":"技术方案讨论"}', '2026-11-27 02:30:00+00', NULL, NULL, 6);
INSERT INTO public.notifications VALUES ('01a23510-d415-70fa-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.received', '01a23510-d415-7036-8320-fdd6af8fa146', '{"endsAt":1796023800.0,"roomName":"第三会议室","startsAt":1796018400.0,"title":"季度销售复盘"}', '2026-11-27 06:00:00+00', NULL, NULL, 7);
INSERT INTO public.notifications VALUES ('01a23510-d421-73cc-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.approved', '01a23510-d415-7036-8320-fdd6af8fa146', '{"endsAt":1796023800.0,"roomName":"第三会议室","startsAt":1796018400.0,"title":"季度销售复盘"}', '2026-11-27 07:00:00+00', NULL, NULL, 8);
INSERT INTO public.notifications VALUES ('01a23510-d438-7288-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d438-71bd-8320-fdd6af8fa146', '{"endsAt":1796005800.0,"roomName":"小会议室301","startsAt":1796000400.0,"title":"项目启动会"}', '2026-11-27 01:00:00+00', NULL, NULL, 9);
INSERT INTO public.notifications VALUES ('01a23510-d44c-70bd-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d44b-73b8-8320-fdd6af8fa146', '{"endsAt":1796029200.0,"roomName":"小会议室301","startsAt":1796022000.0,"title":"预算评审"}', '2026-11-27 07:00:00+00', NULL, NULL, 10);
INSERT INTO public.notifications VALUES ('01a23510-d467-7149-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d467-707d-8320-fdd6af8fa146', '{"endsAt":1796005800.0,"roomName":"大会议室","startsAt":1796002200.0,"title":"部门例会"}', '2026-11-27 01:30:00+00', NULL, NULL, 11);
INSERT INTO public.notifications VALUES ('01a23510-d471-736b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d467-707d-8320-fdd6af8fa146', '{"endsAt":1796005800.0,"roomName":"大会议室","startsAt":1796002200.0,"title":"部门例会"}', '2026-11-27 02:30:00+00', NULL, NULL, 12);
INSERT INTO public.notifications VALUES ('01a23510-d476-7238-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d476-7169-8320-fdd6af8fa146', '{"endsAt":1796027400.0,"roomName":"贵宾接待室","startsAt":1796022000.0,"title":"客户接待"}', '2026-11-27 07:00:00+00', NULL, NULL, 13);
INSERT INTO public.notifications VALUES ('01a23510-d47f-724c-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d476-7169-8320-fdd6af8fa146', '{"endsAt":1796027400.0,"roomName":"贵宾接待室","startsAt":1796022000.0,"title":"客户接待"}', '2026-11-27 08:00:00+00', NULL, NULL, 14);
INSERT INTO public.notifications VALUES ('01a23510-d4a0-70ed-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d4a0-701b-8320-fdd6af8fa146', '{"endsAt":1796007600.0,"roomName":"培训室","startsAt":1796000400.0,"title":"预算评审"}', '2026-11-27 01:00:00+00', NULL, NULL, 15);
INSERT INTO public.notifications VALUES ('01a23510-d4ab-72e8-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d4a0-701b-8320-fdd6af8fa146', '{"endsAt":1796007600.0,"roomName":"培训室","startsAt":1796000400.0,"title":"预算评审"}', '2026-11-27 02:00:00+00', NULL, NULL, 16);
INSERT INTO public.notifications VALUES ('01a23510-d4c0-712f-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d4bf-73de-8320-fdd6af8fa146', '{"endsAt":1796025600.0,"roomName":"培训室","startsAt":1796018400.0,"title":"技术方案讨论"}', '2026-11-27 06:00:00+00', NULL, NULL, 17);
INSERT INTO public.notifications VALUES ('01a23510-d4cb-72e5-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.rejected', '01a23510-d4bf-73de-8320-fdd6af8fa146', '{"actorName":"王芳","endsAt":1796025600.0,"reason":"该时段已安排领导接待","roomName":"培训室","startsAt":1796018400.0,"title":"技术方案讨论"}', '2026-11-27 07:00:00+00', NULL, NULL, 18);
INSERT INTO public.notifications VALUES ('01a23510-d4d0-71ac-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d4d0-70cf-8320-fdd6af8fa146', '{"endsAt":1796005800.0,"roomName":"视频会议室","startsAt":1796002200.0,"title":"新员工培训"}', '2026-11-27 01:30:00+00', NULL, NULL, 19);
INSERT INTO public.notifications VALUES ('01a23510-d4de-7135-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d4d0-70cf-8320-fdd6af8fa146', '{"endsAt":1796005800.0,"roomName":"视频会议室","startsAt":1796002200.0,"title":"新员工培训"}', '2026-11-27 02:30:00+00', NULL, NULL, 20);
INSERT INTO public.notifications VALUES ('01a23510-d4f4-708d-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d4f3-738c-8320-fdd6af8fa146', '{"endsAt":1796023800.0,"roomName":"洽谈室A","startsAt":1796018400.0,"title":"项目启动会"}', '2026-11-27 06:00:00+00', NULL, NULL, 21);
INSERT INTO public.notifications VALUES ('01a23510-d506-72d3-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d506-7214-8320-fdd6af8fa146', '{"endsAt":1796094000.0,"roomName":"第一会议室","startsAt":1796086800.0,"title":"技术方案讨论"}', '2026-11-28 01:00:00+00', NULL, NULL, 22);
INSERT INTO public.notifications VALUES ('01a23510-d512-7062-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d506-7214-8320-fdd6af8fa146', '{"endsAt":1796094000.0,"roomName":"第一会议室","startsAt":1796086800.0,"title":"技术方案讨论"}', '2026-11-28 02:00:00+00', NULL, NULL, 23);
INSERT INTO public.notifications VALUES ('01a23510-d524-7296-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.received', '01a23510-d524-71d9-8320-fdd6af8fa146', '{"endsAt":1796113800.0,"roomName":"第二会议室","startsAt":1796108400.0,"title":"季度销售复盘"}', '2026-11-28 07:00:00+00', NULL, NULL, 24);
INSERT INTO public.notifications VALUES ('01a23510-d532-70a5-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.approved', '01a23510-d524-71d9-8320-fdd6af8fa146', '{"endsAt":1796113800.0,"roomName":"第二会议室","startsAt":1796108400.0,"title":"季度销售复盘"}', '2026-11-28 08:00:00+00', NULL, NULL, 25);
INSERT INTO public.notifications VALUES ('01a23510-d535-7014-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d534-7347-8320-fdd6af8fa146', '{"endsAt":1796095800.0,"roomName":"第三会议室","startsAt":1796090400.0,"title":"项目启动会"}', '2026-11-28 02:00:00+00', NULL, NULL, 26);
INSERT INTO public.notifications VALUES ('01a23510-d541-72dd-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d534-7347-8320-fdd6af8fa146', '{"endsAt":1796095800.0,"roomName":"第三会议室","startsAt":1796090400.0,"title":"项目启动会"}', '2026-11-28 03:00:00+00', NULL, NULL, 27);
INSERT INTO public.notifications VALUES ('01a23510-d55f-71cb-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d55f-70ad-8320-fdd6af8fa146', '{"endsAt":1796112000.0,"roomName":"第三会议室","startsAt":1796104800.0,"title":"预算评审"}', '2026-11-28 06:00:00+00', NULL, NULL, 28);
INSERT INTO public.notifications VALUES ('01a23510-d569-733a-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d55f-70ad-8320-fdd6af8fa146', '{"endsAt":1796112000.0,"roomName":"第三会议室","startsAt":1796104800.0,"title":"预算评审"}', '2026-11-28 07:00:00+00', NULL, NULL, 29);
INSERT INTO public.notifications VALUES ('01a23510-d57e-73a6-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d57e-72dd-8320-fdd6af8fa146', '{"endsAt":1796090400.0,"roomName":"小会议室301","startsAt":1796086800.0,"title":"部门例会"}', '2026-11-28 01:00:00+00', NULL, NULL, 30);
INSERT INTO public.notifications VALUES ('01a23510-d5a1-70e0-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d5a1-7016-8320-fdd6af8fa146', '{"endsAt":1796110200.0,"roomName":"大会议室","startsAt":1796104800.0,"title":"客户接待"}', '2026-11-28 06:00:00+00', NULL, NULL, 31);
INSERT INTO public.notifications VALUES ('01a23510-d5ab-7340-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d5a1-7016-8320-fdd6af8fa146', '{"endsAt":1796110200.0,"roomName":"大会议室","startsAt":1796104800.0,"title":"客户接待"}', '2026-11-28 07:00:00+00', NULL, NULL, 32);
INSERT INTO public.notifications VALUES ('01a23510-d5d5-70aa-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d5d4-7399-8320-fdd6af8fa146', '{"endsAt":1796097600.0,"roomName":"贵宾接待室","startsAt":1796090400.0,"title":"预算评审"}', '2026-11-28 02:00:00+00', NULL, NULL, 33);
INSERT INTO public.notifications VALUES ('01a23510-d5ef-71d1-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d5d4-7399-8320-fdd6af8fa146', '{"endsAt":1796097600.0,"roomName":"贵宾接待室","startsAt":1796090400.0,"title":"预算评审"}', '2026-11-28 03:00:00+00', NULL, NULL, 34);
INSERT INTO public.notifications VALUES ('01a23510-d605-72a2-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d605-71d6-8320-fdd6af8fa146', '{"endsAt":1796115600.0,"roomName":"贵宾接待室","startsAt":1796108400.0,"title":"技术方案讨论"}', '2026-11-28 07:00:00+00', NULL, NULL, 35);
INSERT INTO public.notifications VALUES ('01a23510-d611-73b5-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.rejected', '01a23510-d605-71d6-8320-fdd6af8fa146', '{"actorName":"王芳","endsAt":1796115600.0,"reason":"该时段已安排领导接待","roomName":"贵宾接待室","startsAt":1796108400.0,"title":"技术方案讨论"}', '2026-11-28 08:00:00+00', NULL, NULL, 36);
INSERT INTO public.notifications VALUES ('01a23510-d615-721e-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d615-70ff-8320-fdd6af8fa146', '{"endsAt":1796090400.0,"roomName":"培训室","startsAt":1796086800.0,"title":"新员工培训"}', '2026-11-28 01:00:00+00', NULL, NULL, 37);
INSERT INTO public.notifications VALUES ('01a23510-d63a-7259-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d62d-71ae-8320-fdd6af8fa146', '{"endsAt":1796113800.0,"roomName":"视频会议室","startsAt":1796108400.0,"title":"项目启动会"}', '2026-11-28 08:00:00+00', NULL, NULL, 40);
INSERT INTO public.notifications VALUES ('01a23510-d64f-7060-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d64e-7393-8320-fdd6af8fa146', '{"endsAt":1796097600.0,"roomName":"洽谈室A","startsAt":1796090400.0,"title":"技术方案讨论"}', '2026-11-28 02:00:00+00', NULL, NULL, 41);
INSERT INTO public.notifications VALUES ('01a23510-d669-7273-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d669-71b5-8320-fdd6af8fa146', '{"endsAt":1796108400.0,"roomName":"洽谈室A","startsAt":1796104800.0,"title":"部门例会"}', '2026-11-28 06:00:00+00', NULL, NULL, 42);
INSERT INTO public.notifications VALUES ('01a23510-d682-734e-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.received', '01a23510-d682-728e-8320-fdd6af8fa146', '{"endsAt":1796196600.0,"roomName":"第一会议室","startsAt":1796191200.0,"title":"季度销售复盘"}', '2026-11-29 06:00:00+00', NULL, NULL, 43);
INSERT INTO public.notifications VALUES ('01a23510-d6a3-7050-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d698-7221-8320-fdd6af8fa146', '{"endsAt":1796180400.0,"roomName":"第二会议室","startsAt":1796175000.0,"title":"项目启动会"}', '2026-11-29 02:30:00+00', NULL, NULL, 46);
INSERT INTO public.notifications VALUES ('01a23510-d6b5-71fa-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d6b5-7142-8320-fdd6af8fa146', '{"endsAt":1796202000.0,"roomName":"第二会议室","startsAt":1796194800.0,"title":"预算评审"}', '2026-11-29 07:00:00+00', NULL, NULL, 47);
INSERT INTO public.notifications VALUES ('01a23510-d6d2-71de-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d6c4-704a-8320-fdd6af8fa146', '{"endsAt":1796180400.0,"roomName":"第三会议室","startsAt":1796176800.0,"title":"部门例会"}', '2026-11-29 03:00:00+00', NULL, NULL, 50);
INSERT INTO public.notifications VALUES ('01a23510-d6d9-7029-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d6d8-7304-8320-fdd6af8fa146', '{"endsAt":1796200200.0,"roomName":"小会议室301","startsAt":1796194800.0,"title":"客户接待"}', '2026-11-29 07:00:00+00', NULL, NULL, 51);
INSERT INTO public.notifications VALUES ('01a23510-d6dd-7095-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d6dc-73bd-8320-fdd6af8fa146', '{"endsAt":1796182200.0,"roomName":"大会议室","startsAt":1796175000.0,"title":"预算评审"}', '2026-11-29 01:30:00+00', NULL, NULL, 52);
INSERT INTO public.notifications VALUES ('01a23510-d6f1-72ef-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d6e7-7333-8320-fdd6af8fa146', '{"endsAt":1796198400.0,"roomName":"大会议室","startsAt":1796191200.0,"title":"技术方案讨论"}', '2026-11-29 07:00:00+00', NULL, NULL, 55);
INSERT INTO public.notifications VALUES ('01a23510-d6f3-736d-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d6f3-72af-8320-fdd6af8fa146', '{"endsAt":1796180400.0,"roomName":"贵宾接待室","startsAt":1796176800.0,"title":"新员工培训"}', '2026-11-29 02:00:00+00', NULL, NULL, 56);
INSERT INTO public.notifications VALUES ('01a23510-d723-71ae-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d717-70f5-8320-fdd6af8fa146', '{"endsAt":1796196600.0,"roomName":"培训室","startsAt":1796191200.0,"title":"项目启动会"}', '2026-11-29 07:00:00+00', NULL, NULL, 59);
INSERT INTO public.notifications VALUES ('01a23510-d726-709c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d725-739c-8320-fdd6af8fa146', '{"endsAt":1796182200.0,"roomName":"视频会议室","startsAt":1796175000.0,"title":"技术方案讨论"}', '2026-11-29 01:30:00+00', NULL, NULL, 60);
INSERT INTO public.notifications VALUES ('01a23510-d751-73d5-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d746-71b6-8320-fdd6af8fa146', '{"endsAt":1796198400.0,"roomName":"视频会议室","startsAt":1796194800.0,"title":"部门例会"}', '2026-11-29 08:00:00+00', NULL, NULL, 63);
INSERT INTO public.notifications VALUES ('01a23510-d756-71de-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d756-70e5-8320-fdd6af8fa146', '{"endsAt":1796180400.0,"roomName":"洽谈室A","startsAt":1796176800.0,"title":"招聘面试"}', '2026-11-29 02:00:00+00', NULL, NULL, 64);
INSERT INTO public.notifications VALUES ('01a23510-d76a-72a4-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d76a-71cb-8320-fdd6af8fa146', '{"endsAt":1796265000.0,"roomName":"第一会议室","startsAt":1796259600.0,"title":"项目启动会"}', '2026-11-30 01:00:00+00', NULL, NULL, 65);
INSERT INTO public.notifications VALUES ('01a23510-d77d-7138-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d776-7057-8320-fdd6af8fa146', '{"endsAt":1796284800.0,"roomName":"第一会议室","startsAt":1796277600.0,"title":"预算评审"}', '2026-11-30 07:00:00+00', NULL, NULL, 68);
INSERT INTO public.notifications VALUES ('01a23510-d77f-700c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d77e-734f-8320-fdd6af8fa146', '{"endsAt":1796265000.0,"roomName":"第二会议室","startsAt":1796261400.0,"title":"部门例会"}', '2026-11-30 01:30:00+00', NULL, NULL, 69);
INSERT INTO public.notifications VALUES ('01a23510-d7a1-7180-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d794-7319-8320-fdd6af8fa146', '{"endsAt":1796265000.0,"roomName":"大会议室","startsAt":1796261400.0,"title":"新员工培训"}', '2026-11-30 02:30:00+00', NULL, NULL, 75);
INSERT INTO public.notifications VALUES ('01a23510-d7a3-723a-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d7a3-714f-8320-fdd6af8fa146', '{"endsAt":1796286600.0,"roomName":"贵宾接待室","startsAt":1796281200.0,"title":"项目启动会"}', '2026-11-30 07:00:00+00', NULL, NULL, 76);
INSERT INTO public.notifications VALUES ('01a23510-d7a6-72ad-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d7a6-71eb-8320-fdd6af8fa146', '{"endsAt":1796266800.0,"roomName":"培训室","startsAt":1796259600.0,"title":"技术方案讨论"}', '2026-11-30 01:00:00+00', NULL, NULL, 77);
INSERT INTO public.notifications VALUES ('01a23510-d7bd-732d-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d7b3-72de-8320-fdd6af8fa146', '{"endsAt":1796281200.0,"roomName":"培训室","startsAt":1796277600.0,"title":"部门例会"}', '2026-11-30 07:00:00+00', NULL, NULL, 80);
INSERT INTO public.notifications VALUES ('01a23510-d7c0-711c-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d7c0-7075-8320-fdd6af8fa146', '{"endsAt":1796265000.0,"roomName":"视频会议室","startsAt":1796261400.0,"title":"招聘面试"}', '2026-11-30 01:30:00+00', NULL, NULL, 81);
INSERT INTO public.notifications VALUES ('01a23510-d7d9-70c8-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d7cf-72a4-8320-fdd6af8fa146', '{"endsAt":1796349600.0,"roomName":"第一会议室","startsAt":1796346000.0,"title":"部门例会"}', '2026-12-01 02:00:00+00', NULL, NULL, 85);
INSERT INTO public.notifications VALUES ('01a23510-d7de-70c5-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d7dd-7396-8320-fdd6af8fa146', '{"endsAt":1796373000.0,"roomName":"第二会议室","startsAt":1796367600.0,"title":"客户接待"}', '2026-12-01 07:00:00+00', NULL, NULL, 86);
INSERT INTO public.notifications VALUES ('01a23510-d7f9-7001-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d7ee-7221-8320-fdd6af8fa146', '{"endsAt":1796356800.0,"roomName":"第三会议室","startsAt":1796349600.0,"title":"预算评审"}', '2026-12-01 03:00:00+00', NULL, NULL, 89);
INSERT INTO public.notifications VALUES ('01a23510-d7fb-72dd-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d7fb-722b-8320-fdd6af8fa146', '{"endsAt":1796371200.0,"roomName":"第三会议室","startsAt":1796364000.0,"title":"技术方案讨论"}', '2026-12-01 06:00:00+00', NULL, NULL, 90);
INSERT INTO public.notifications VALUES ('01a23510-d7ff-70c3-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d7ff-7021-8320-fdd6af8fa146', '{"endsAt":1796349600.0,"roomName":"小会议室301","startsAt":1796346000.0,"title":"新员工培训"}', '2026-12-01 01:00:00+00', NULL, NULL, 91);
INSERT INTO public.notifications VALUES ('01a23510-d802-70b4-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d801-73dd-8320-fdd6af8fa146', '{"endsAt":1796369400.0,"roomName":"大会议室","startsAt":1796364000.0,"title":"项目启动会"}', '2026-12-01 06:00:00+00', NULL, NULL, 92);
INSERT INTO public.notifications VALUES ('01a23510-d824-715f-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d80f-73c2-8320-fdd6af8fa146', '{"endsAt":1796356800.0,"roomName":"贵宾接待室","startsAt":1796349600.0,"title":"技术方案讨论"}', '2026-12-01 03:00:00+00', NULL, NULL, 95);
INSERT INTO public.notifications VALUES ('01a23510-d827-715a-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d827-707c-8320-fdd6af8fa146', '{"endsAt":1796371200.0,"roomName":"贵宾接待室","startsAt":1796367600.0,"title":"部门例会"}', '2026-12-01 07:00:00+00', NULL, NULL, 96);
INSERT INTO public.notifications VALUES ('01a23510-d82a-727d-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d82a-71bc-8320-fdd6af8fa146', '{"endsAt":1796349600.0,"roomName":"培训室","startsAt":1796346000.0,"title":"招聘面试"}', '2026-12-01 01:00:00+00', NULL, NULL, 97);
INSERT INTO public.notifications VALUES ('01a23510-d841-7227-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d837-70fc-8320-fdd6af8fa146', '{"endsAt":1796374800.0,"roomName":"视频会议室","startsAt":1796367600.0,"title":"预算评审"}', '2026-12-01 08:00:00+00', NULL, NULL, 100);
INSERT INTO public.notifications VALUES ('01a23510-d844-7190-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d844-70dc-8320-fdd6af8fa146', '{"endsAt":1796353200.0,"roomName":"洽谈室A","startsAt":1796349600.0,"title":"部门例会"}', '2026-12-01 02:00:00+00', NULL, NULL, 101);
INSERT INTO public.notifications VALUES ('01a23510-d848-7068-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d847-7348-8320-fdd6af8fa146', '{"endsAt":1796367600.0,"roomName":"洽谈室A","startsAt":1796364000.0,"title":"新员工培训"}', '2026-12-01 06:00:00+00', NULL, NULL, 102);
INSERT INTO public.notifications VALUES ('01a23510-d84b-7050-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d84a-73b3-8320-fdd6af8fa146', '{"endsAt":1796608800.0,"roomName":"第一会议室","startsAt":1796605200.0,"title":"新员工培训"}', '2026-12-04 01:00:00+00', NULL, NULL, 103);
INSERT INTO public.notifications VALUES ('01a23510-d62a-7309-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d615-70ff-8320-fdd6af8fa146', '{"endsAt":1796090400.0,"roomName":"培训室","startsAt":1796086800.0,"title":"新员工培训"}', '2026-11-28 02:00:00+00', NULL, NULL, 38);
INSERT INTO public.notifications VALUES ('01a23510-d62d-725a-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d62d-71ae-8320-fdd6af8fa146', '{"endsAt":1796113800.0,"roomName":"视频会议室","startsAt":1796108400.0,"title":"项目启动会"}', '2026-11-28 07:00:00+00', NULL, NULL, 39);
INSERT INTO public.notifications VALUES ('01a23510-d695-73b1-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.approved', '01a23510-d682-728e-8320-fdd6af8fa146', '{"endsAt":1796196600.0,"roomName":"第一会议室","startsAt":1796191200.0,"title":"季度销售复盘"}', '2026-11-29 07:00:00+00', NULL, NULL, 44);
INSERT INTO public.notifications VALUES ('01a23510-d698-72eb-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d698-7221-8320-fdd6af8fa146', '{"endsAt":1796180400.0,"roomName":"第二会议室","startsAt":1796175000.0,"title":"项目启动会"}', '2026-11-29 01:30:00+00', NULL, NULL, 45);
INSERT INTO public.notifications VALUES ('01a23510-d6c1-71a1-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d6b5-7142-8320-fdd6af8fa146', '{"endsAt":1796202000.0,"roomName":"第二会议室","startsAt":1796194800.0,"title":"预算评审"}', '2026-11-29 08:00:00+00', NULL, NULL, 48);
INSERT INTO public.notifications VALUES ('01a23510-d6c4-70db-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d6c4-704a-8320-fdd6af8fa146', '{"endsAt":1796180400.0,"roomName":"第三会议室","startsAt":1796176800.0,"title":"部门例会"}', '2026-11-29 02:00:00+00', NULL, NULL, 49);
INSERT INTO public.notifications VALUES ('01a23510-d6e5-73cf-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.rejected', '01a23510-d6dc-73bd-8320-fdd6af8fa146', '{"actorName":"王芳","endsAt":1796182200.0,"reason":"该时段已安排领导接待","roomName":"大会议室","startsAt":1796175000.0,"title":"预算评审"}', '2026-11-29 02:30:00+00', NULL, NULL, 53);
INSERT INTO public.notifications VALUES ('01a23510-d6e8-7041-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d6e7-7333-8320-fdd6af8fa146', '{"endsAt":1796198400.0,"roomName":"大会议室","startsAt":1796191200.0,"title":"技术方案讨论"}', '2026-11-29 06:00:00+00', NULL, NULL, 54);
INSERT INTO public.notifications VALUES ('01a23510-d6ff-72e9-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d6f3-72af-8320-fdd6af8fa146', '{"endsAt":1796180400.0,"roomName":"贵宾接待室","startsAt":1796176800.0,"title":"新员工培训"}', '2026-11-29 03:00:00+00', NULL, NULL, 57);
INSERT INTO public.notifications VALUES ('01a23510-d717-71bd-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d717-70f5-8320-fdd6af8fa146', '{"endsAt":1796196600.0,"roomName":"培训室","startsAt":1796191200.0,"title":"项目启动会"}', '2026-11-29 06:00:00+00', NULL, NULL, 58);
INSERT INTO public.notifications VALUES ('01a23510-d731-70f0-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d725-739c-8320-fdd6af8fa146', '{"endsAt":1796182200.0,"roomName":"视频会议室","startsAt":1796175000.0,"title":"技术方案讨论"}', '2026-11-29 02:30:00+00', NULL, NULL, 61);
INSERT INTO public.notifications VALUES ('01a23510-d746-727e-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d746-71b6-8320-fdd6af8fa146', '{"endsAt":1796198400.0,"roomName":"视频会议室","startsAt":1796194800.0,"title":"部门例会"}', '2026-11-29 07:00:00+00', NULL, NULL, 62);
INSERT INTO public.notifications VALUES ('01a23510-d774-711f-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d76a-71cb-8320-fdd6af8fa146', '{"endsAt":1796265000.0,"roomName":"第一会议室","startsAt":1796259600.0,"title":"项目启动会"}', '2026-11-30 02:00:00+00', NULL, NULL, 66);
INSERT INTO public.notifications VALUES ('01a23510-d776-70d5-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d776-7057-8320-fdd6af8fa146', '{"endsAt":1796284800.0,"roomName":"第一会议室","startsAt":1796277600.0,"title":"预算评审"}', '2026-11-30 06:00:00+00', NULL, NULL, 67);
INSERT INTO public.notifications VALUES ('01a23510-d787-70f0-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d77e-734f-8320-fdd6af8fa146', '{"endsAt":1796265000.0,"roomName":"第二会议室","startsAt":1796261400.0,"title":"部门例会"}', '2026-11-30 02:30:00+00', NULL, NULL, 70);
INSERT INTO public.notifications VALUES ('01a23510-d78b-7149-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d78b-7085-8320-fdd6af8fa146', '{"endsAt":1796283000.0,"roomName":"第三会议室","startsAt":1796277600.0,"title":"客户接待"}', '2026-11-30 06:00:00+00', NULL, NULL, 71);
INSERT INTO public.notifications VALUES ('01a23510-d78d-73bc-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d78d-7314-8320-fdd6af8fa146', '{"endsAt":1796266800.0,"roomName":"小会议室301","startsAt":1796259600.0,"title":"预算评审"}', '2026-11-30 01:00:00+00', NULL, NULL, 72);
INSERT INTO public.notifications VALUES ('01a23510-d790-73a3-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d790-7320-8320-fdd6af8fa146', '{"endsAt":1796288400.0,"roomName":"小会议室301","startsAt":1796281200.0,"title":"技术方案讨论"}', '2026-11-30 07:00:00+00', NULL, NULL, 73);
INSERT INTO public.notifications VALUES ('01a23510-d794-73e0-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d794-7319-8320-fdd6af8fa146', '{"endsAt":1796265000.0,"roomName":"大会议室","startsAt":1796261400.0,"title":"新员工培训"}', '2026-11-30 01:30:00+00', NULL, NULL, 74);
INSERT INTO public.notifications VALUES ('01a23510-d7b1-70e6-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d7a6-71eb-8320-fdd6af8fa146', '{"endsAt":1796266800.0,"roomName":"培训室","startsAt":1796259600.0,"title":"技术方案讨论"}', '2026-11-30 02:00:00+00', NULL, NULL, 78);
INSERT INTO public.notifications VALUES ('01a23510-d7b3-7385-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d7b3-72de-8320-fdd6af8fa146', '{"endsAt":1796281200.0,"roomName":"培训室","startsAt":1796277600.0,"title":"部门例会"}', '2026-11-30 06:00:00+00', NULL, NULL, 79);
INSERT INTO public.notifications VALUES ('01a23510-d7ca-726f-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d7c0-7075-8320-fdd6af8fa146', '{"endsAt":1796265000.0,"roomName":"视频会议室","startsAt":1796261400.0,"title":"招聘面试"}', '2026-11-30 02:30:00+00', NULL, NULL, 82);
INSERT INTO public.notifications VALUES ('01a23510-d7cd-7041-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d7cc-7383-8320-fdd6af8fa146', '{"endsAt":1796284800.0,"roomName":"洽谈室A","startsAt":1796277600.0,"title":"预算评审"}', '2026-11-30 06:00:00+00', NULL, NULL, 83);
INSERT INTO public.notifications VALUES ('01a23510-d7cf-7328-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d7cf-72a4-8320-fdd6af8fa146', '{"endsAt":1796349600.0,"roomName":"第一会议室","startsAt":1796346000.0,"title":"部门例会"}', '2026-12-01 01:00:00+00', NULL, NULL, 84);
INSERT INTO public.notifications VALUES ('01a23510-d7eb-738b-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.rejected', '01a23510-d7dd-7396-8320-fdd6af8fa146', '{"actorName":"王芳","endsAt":1796373000.0,"reason":"该时段已安排领导接待","roomName":"第二会议室","startsAt":1796367600.0,"title":"客户接待"}', '2026-12-01 08:00:00+00', NULL, NULL, 87);
INSERT INTO public.notifications VALUES ('01a23510-d7ee-72d4-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d7ee-7221-8320-fdd6af8fa146', '{"endsAt":1796356800.0,"roomName":"第三会议室","startsAt":1796349600.0,"title":"预算评审"}', '2026-12-01 02:00:00+00', NULL, NULL, 88);
INSERT INTO public.notifications VALUES ('01a23510-d80d-704f-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d801-73dd-8320-fdd6af8fa146', '{"endsAt":1796369400.0,"roomName":"大会议室","startsAt":1796364000.0,"title":"项目启动会"}', '2026-12-01 07:00:00+00', NULL, NULL, 93);
INSERT INTO public.notifications VALUES ('01a23510-d810-709c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d80f-73c2-8320-fdd6af8fa146', '{"endsAt":1796356800.0,"roomName":"贵宾接待室","startsAt":1796349600.0,"title":"技术方案讨论"}', '2026-12-01 02:00:00+00', NULL, NULL, 94);
INSERT INTO public.notifications VALUES ('01a23510-d834-739b-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d82a-71bc-8320-fdd6af8fa146', '{"endsAt":1796349600.0,"roomName":"培训室","startsAt":1796346000.0,"title":"招聘面试"}', '2026-12-01 02:00:00+00', NULL, NULL, 98);
INSERT INTO public.notifications VALUES ('01a23510-d837-71b3-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d837-70fc-8320-fdd6af8fa146', '{"endsAt":1796374800.0,"roomName":"视频会议室","startsAt":1796367600.0,"title":"预算评审"}', '2026-12-01 07:00:00+00', NULL, NULL, 99);
INSERT INTO public.notifications VALUES ('01a23510-d858-7280-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d84a-73b3-8320-fdd6af8fa146', '{"endsAt":1796608800.0,"roomName":"第一会议室","startsAt":1796605200.0,"title":"新员工培训"}', '2026-12-04 02:00:00+00', NULL, NULL, 104);
INSERT INTO public.notifications VALUES ('01a23510-d85b-7111-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d85b-702c-8320-fdd6af8fa146', '{"endsAt":1796632200.0,"roomName":"第二会议室","startsAt":1796626800.0,"title":"项目启动会"}', '2026-12-04 07:00:00+00', NULL, NULL, 105);
INSERT INTO public.notifications VALUES ('01a23510-d878-70ab-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d868-7299-8320-fdd6af8fa146', '{"endsAt":1796616000.0,"roomName":"第三会议室","startsAt":1796608800.0,"title":"技术方案讨论"}', '2026-12-04 03:00:00+00', NULL, NULL, 108);
INSERT INTO public.notifications VALUES ('01a23510-d87a-72f7-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d87a-724e-8320-fdd6af8fa146', '{"endsAt":1796626800.0,"roomName":"第三会议室","startsAt":1796623200.0,"title":"部门例会"}', '2026-12-04 06:00:00+00', NULL, NULL, 109);
INSERT INTO public.notifications VALUES ('01a23510-d87d-731f-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d87d-7295-8320-fdd6af8fa146', '{"endsAt":1796608800.0,"roomName":"小会议室301","startsAt":1796605200.0,"title":"招聘面试"}', '2026-12-04 01:00:00+00', NULL, NULL, 110);
INSERT INTO public.notifications VALUES ('01a23510-d880-72d0-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d880-7250-8320-fdd6af8fa146', '{"endsAt":1796630400.0,"roomName":"大会议室","startsAt":1796623200.0,"title":"预算评审"}', '2026-12-04 06:00:00+00', NULL, NULL, 111);
INSERT INTO public.notifications VALUES ('01a23510-d866-7275-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d85b-702c-8320-fdd6af8fa146', '{"endsAt":1796632200.0,"roomName":"第二会议室","startsAt":1796626800.0,"title":"项目启动会"}', '2026-12-04 08:00:00+00', NULL, NULL, 106);
INSERT INTO public.notifications VALUES ('01a23510-d868-735c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d868-7299-8320-fdd6af8fa146', '{"endsAt":1796616000.0,"roomName":"第三会议室","startsAt":1796608800.0,"title":"技术方案讨论"}', '2026-12-04 02:00:00+00', NULL, NULL, 107);
INSERT INTO public.notifications VALUES ('01a23510-d889-73c4-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d880-7250-8320-fdd6af8fa146', '{"endsAt":1796630400.0,"roomName":"大会议室","startsAt":1796623200.0,"title":"预算评审"}', '2026-12-04 07:00:00+00', NULL, NULL, 112);
INSERT INTO public.notifications VALUES ('01a23510-d88c-70b9-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d88c-7020-8320-fdd6af8fa146', '{"endsAt":1796612400.0,"roomName":"贵宾接待室","startsAt":1796608800.0,"title":"部门例会"}', '2026-12-04 02:00:00+00', NULL, NULL, 113);
INSERT INTO public.notifications VALUES ('01a23510-d8a3-73af-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.approved', '01a23510-d89a-7331-8320-fdd6af8fa146', '{"endsAt":1796610600.0,"roomName":"培训室","startsAt":1796605200.0,"title":"季度销售复盘"}', '2026-12-04 02:00:00+00', NULL, NULL, 117);
INSERT INTO public.notifications VALUES ('01a23510-d8a6-7128-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d8a6-7079-8320-fdd6af8fa146', '{"endsAt":1796634000.0,"roomName":"视频会议室","startsAt":1796626800.0,"title":"技术方案讨论"}', '2026-12-04 07:00:00+00', NULL, NULL, 118);
INSERT INTO public.notifications VALUES ('01a23510-d8c1-702b-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d8b7-72bf-8320-fdd6af8fa146', '{"endsAt":1796715000.0,"roomName":"第一会议室","startsAt":1796709600.0,"title":"项目启动会"}', '2026-12-05 07:00:00+00', NULL, NULL, 123);
INSERT INTO public.notifications VALUES ('01a23510-d8c3-71dc-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d8c3-713a-8320-fdd6af8fa146', '{"endsAt":1796700600.0,"roomName":"第二会议室","startsAt":1796693400.0,"title":"技术方案讨论"}', '2026-12-05 01:30:00+00', NULL, NULL, 124);
INSERT INTO public.notifications VALUES ('01a23510-d8d9-70f0-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d8cf-714b-8320-fdd6af8fa146', '{"endsAt":1796716800.0,"roomName":"第二会议室","startsAt":1796713200.0,"title":"部门例会"}', '2026-12-05 08:00:00+00', NULL, NULL, 127);
INSERT INTO public.notifications VALUES ('01a23510-d8db-70be-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d8da-73c5-8320-fdd6af8fa146', '{"endsAt":1796698800.0,"roomName":"第三会议室","startsAt":1796695200.0,"title":"招聘面试"}', '2026-12-05 02:00:00+00', NULL, NULL, 128);
INSERT INTO public.notifications VALUES ('01a23510-d8de-7120-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d8de-702a-8320-fdd6af8fa146', '{"endsAt":1796720400.0,"roomName":"小会议室301","startsAt":1796713200.0,"title":"预算评审"}', '2026-12-05 07:00:00+00', NULL, NULL, 129);
INSERT INTO public.notifications VALUES ('01a23510-d8e1-7056-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d8e0-7391-8320-fdd6af8fa146', '{"endsAt":1796697000.0,"roomName":"大会议室","startsAt":1796693400.0,"title":"部门例会"}', '2026-12-05 01:30:00+00', NULL, NULL, 130);
INSERT INTO public.notifications VALUES ('01a23510-d8f3-70c8-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d8ea-72d9-8320-fdd6af8fa146', '{"endsAt":1796713200.0,"roomName":"大会议室","startsAt":1796709600.0,"title":"新员工培训"}', '2026-12-05 07:00:00+00', NULL, NULL, 133);
INSERT INTO public.notifications VALUES ('01a23510-d8f4-73b5-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.received', '01a23510-d8f4-72f7-8320-fdd6af8fa146', '{"endsAt":1796700600.0,"roomName":"贵宾接待室","startsAt":1796695200.0,"title":"季度销售复盘"}', '2026-12-05 02:00:00+00', NULL, NULL, 134);
INSERT INTO public.notifications VALUES ('01a23510-d8f7-7363-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d8f7-72c5-8320-fdd6af8fa146', '{"endsAt":1796716800.0,"roomName":"培训室","startsAt":1796709600.0,"title":"技术方案讨论"}', '2026-12-05 06:00:00+00', NULL, NULL, 135);
INSERT INTO public.notifications VALUES ('01a23510-d913-7373-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d901-7073-8320-fdd6af8fa146', '{"endsAt":1796697000.0,"roomName":"视频会议室","startsAt":1796693400.0,"title":"新员工培训"}', '2026-12-05 02:30:00+00', NULL, NULL, 138);
INSERT INTO public.notifications VALUES ('01a23510-d91a-72eb-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d91a-71f0-8320-fdd6af8fa146', '{"endsAt":1796716800.0,"roomName":"视频会议室","startsAt":1796713200.0,"title":"招聘面试"}', '2026-12-05 07:00:00+00', NULL, NULL, 139);
INSERT INTO public.notifications VALUES ('01a23510-d944-729b-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d933-70ee-8320-fdd6af8fa146', '{"endsAt":1796785200.0,"roomName":"第一会议室","startsAt":1796778000.0,"title":"技术方案讨论"}', '2026-12-06 02:00:00+00', NULL, NULL, 143);
INSERT INTO public.notifications VALUES ('01a23510-d94a-71fa-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d94a-70f1-8320-fdd6af8fa146', '{"endsAt":1796799600.0,"roomName":"第一会议室","startsAt":1796796000.0,"title":"部门例会"}', '2026-12-06 06:00:00+00', NULL, NULL, 144);
INSERT INTO public.notifications VALUES ('01a23510-d95e-7147-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d956-72de-8320-fdd6af8fa146', '{"endsAt":1796783400.0,"roomName":"第二会议室","startsAt":1796779800.0,"title":"招聘面试"}', '2026-12-06 02:30:00+00', NULL, NULL, 147);
INSERT INTO public.notifications VALUES ('01a23510-d95f-73b4-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d95f-7316-8320-fdd6af8fa146', '{"endsAt":1796803200.0,"roomName":"第三会议室","startsAt":1796796000.0,"title":"预算评审"}', '2026-12-06 06:00:00+00', NULL, NULL, 148);
INSERT INTO public.notifications VALUES ('01a23510-d962-71f2-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d962-7162-8320-fdd6af8fa146', '{"endsAt":1796781600.0,"roomName":"小会议室301","startsAt":1796778000.0,"title":"部门例会"}', '2026-12-06 01:00:00+00', NULL, NULL, 149);
INSERT INTO public.notifications VALUES ('01a23510-d966-720f-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d966-716f-8320-fdd6af8fa146', '{"endsAt":1796803200.0,"roomName":"小会议室301","startsAt":1796799600.0,"title":"新员工培训"}', '2026-12-06 07:00:00+00', NULL, NULL, 150);
INSERT INTO public.notifications VALUES ('01a23510-d969-7046-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.received', '01a23510-d968-73ab-8320-fdd6af8fa146', '{"endsAt":1796785200.0,"roomName":"大会议室","startsAt":1796779800.0,"title":"季度销售复盘"}', '2026-12-06 01:30:00+00', NULL, NULL, 151);
INSERT INTO public.notifications VALUES ('01a23510-d987-7011-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d97a-712b-8320-fdd6af8fa146', '{"endsAt":1796781600.0,"roomName":"培训室","startsAt":1796778000.0,"title":"新员工培训"}', '2026-12-06 02:00:00+00', NULL, NULL, 155);
INSERT INTO public.notifications VALUES ('01a23510-d98a-70c4-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d989-7387-8320-fdd6af8fa146', '{"endsAt":1796799600.0,"roomName":"培训室","startsAt":1796796000.0,"title":"招聘面试"}', '2026-12-06 06:00:00+00', NULL, NULL, 156);
INSERT INTO public.notifications VALUES ('01a23510-d9a5-710d-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d999-72a9-8320-fdd6af8fa146', '{"endsAt":1796785200.0,"roomName":"视频会议室","startsAt":1796779800.0,"title":"客户接待"}', '2026-12-06 02:30:00+00', NULL, NULL, 159);
INSERT INTO public.notifications VALUES ('01a23510-d9a8-7068-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d9a7-739a-8320-fdd6af8fa146', '{"endsAt":1796799600.0,"roomName":"洽谈室A","startsAt":1796796000.0,"title":"部门例会"}', '2026-12-06 06:00:00+00', NULL, NULL, 160);
INSERT INTO public.notifications VALUES ('01a23510-d9ac-7040-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d9ab-7350-8320-fdd6af8fa146', '{"endsAt":1796868000.0,"roomName":"第一会议室","startsAt":1796864400.0,"title":"招聘面试"}', '2026-12-07 01:00:00+00', NULL, NULL, 161);
INSERT INTO public.notifications VALUES ('01a23510-d9c8-735b-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-d9bc-708b-8320-fdd6af8fa146', '{"endsAt":1796893200.0,"roomName":"第二会议室","startsAt":1796886000.0,"title":"预算评审"}', '2026-12-07 08:00:00+00', NULL, NULL, 164);
INSERT INTO public.notifications VALUES ('01a23510-d9cb-7103-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d9cb-7059-8320-fdd6af8fa146', '{"endsAt":1796871600.0,"roomName":"第三会议室","startsAt":1796868000.0,"title":"部门例会"}', '2026-12-07 02:00:00+00', NULL, NULL, 165);
INSERT INTO public.notifications VALUES ('01a23510-d9ea-7274-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d9df-70d6-8320-fdd6af8fa146', '{"endsAt":1796889600.0,"roomName":"大会议室","startsAt":1796882400.0,"title":"技术方案讨论"}', '2026-12-07 07:00:00+00', NULL, NULL, 170);
INSERT INTO public.notifications VALUES ('01a23510-d9ed-71b1-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d9ed-70e5-8320-fdd6af8fa146', '{"endsAt":1796871600.0,"roomName":"贵宾接待室","startsAt":1796868000.0,"title":"新员工培训"}', '2026-12-07 02:00:00+00', NULL, NULL, 171);
INSERT INTO public.notifications VALUES ('01a23510-da0a-73c4-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d9ff-7347-8320-fdd6af8fa146', '{"endsAt":1796869800.0,"roomName":"培训室","startsAt":1796864400.0,"title":"客户接待"}', '2026-12-07 02:00:00+00', NULL, NULL, 175);
INSERT INTO public.notifications VALUES ('01a23510-da0e-7101-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-da0e-7005-8320-fdd6af8fa146', '{"endsAt":1796889600.0,"roomName":"视频会议室","startsAt":1796886000.0,"title":"部门例会"}', '2026-12-07 07:00:00+00', NULL, NULL, 176);
INSERT INTO public.notifications VALUES ('01a23510-da35-70cf-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.approved', '01a23510-da2a-706d-8320-fdd6af8fa146', '{"endsAt":1796976000.0,"roomName":"第一会议室","startsAt":1796968800.0,"title":"预算评审"}', '2026-12-08 07:00:00+00', NULL, NULL, 181);
INSERT INTO public.notifications VALUES ('01a23510-da37-73bf-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-da37-7311-8320-fdd6af8fa146', '{"endsAt":1796956200.0,"roomName":"第二会议室","startsAt":1796952600.0,"title":"部门例会"}', '2026-12-08 01:30:00+00', NULL, NULL, 182);
INSERT INTO public.notifications VALUES ('01a23510-d895-7279-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d88c-7020-8320-fdd6af8fa146', '{"endsAt":1796612400.0,"roomName":"贵宾接待室","startsAt":1796608800.0,"title":"部门例会"}', '2026-12-04 03:00:00+00', NULL, NULL, 114);
INSERT INTO public.notifications VALUES ('01a23510-d898-70b3-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d898-7015-8320-fdd6af8fa146', '{"endsAt":1796630400.0,"roomName":"贵宾接待室","startsAt":1796626800.0,"title":"新员工培训"}', '2026-12-04 07:00:00+00', NULL, NULL, 115);
INSERT INTO public.notifications VALUES ('01a23510-d89a-73b3-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.received', '01a23510-d89a-7331-8320-fdd6af8fa146', '{"endsAt":1796610600.0,"roomName":"培训室","startsAt":1796605200.0,"title":"季度销售复盘"}', '2026-12-04 01:00:00+00', NULL, NULL, 116);
INSERT INTO public.notifications VALUES ('01a23510-d8af-7180-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.rejected', '01a23510-d8a6-7079-8320-fdd6af8fa146', '{"actorName":"王芳","endsAt":1796634000.0,"reason":"该时段已安排领导接待","roomName":"视频会议室","startsAt":1796626800.0,"title":"技术方案讨论"}', '2026-12-04 08:00:00+00', NULL, NULL, 119);
INSERT INTO public.notifications VALUES ('01a23510-d8b1-72ec-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d8b1-724a-8320-fdd6af8fa146', '{"endsAt":1796612400.0,"roomName":"洽谈室A","startsAt":1796608800.0,"title":"新员工培训"}', '2026-12-04 02:00:00+00', NULL, NULL, 120);
INSERT INTO public.notifications VALUES ('01a23510-d8b4-736c-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d8b4-72de-8320-fdd6af8fa146', '{"endsAt":1796626800.0,"roomName":"洽谈室A","startsAt":1796623200.0,"title":"招聘面试"}', '2026-12-04 06:00:00+00', NULL, NULL, 121);
INSERT INTO public.notifications VALUES ('01a23510-d8b7-733b-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d8b7-72bf-8320-fdd6af8fa146', '{"endsAt":1796715000.0,"roomName":"第一会议室","startsAt":1796709600.0,"title":"项目启动会"}', '2026-12-05 06:00:00+00', NULL, NULL, 122);
INSERT INTO public.notifications VALUES ('01a23510-d8cc-7391-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d8c3-713a-8320-fdd6af8fa146', '{"endsAt":1796700600.0,"roomName":"第二会议室","startsAt":1796693400.0,"title":"技术方案讨论"}', '2026-12-05 02:30:00+00', NULL, NULL, 125);
INSERT INTO public.notifications VALUES ('01a23510-d8cf-71f1-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d8cf-714b-8320-fdd6af8fa146', '{"endsAt":1796716800.0,"roomName":"第二会议室","startsAt":1796713200.0,"title":"部门例会"}', '2026-12-05 07:00:00+00', NULL, NULL, 126);
INSERT INTO public.notifications VALUES ('01a23510-d8e9-704c-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d8e0-7391-8320-fdd6af8fa146', '{"endsAt":1796697000.0,"roomName":"大会议室","startsAt":1796693400.0,"title":"部门例会"}', '2026-12-05 02:30:00+00', NULL, NULL, 131);
INSERT INTO public.notifications VALUES ('01a23510-d8ea-7398-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d8ea-72d9-8320-fdd6af8fa146', '{"endsAt":1796713200.0,"roomName":"大会议室","startsAt":1796709600.0,"title":"新员工培训"}', '2026-12-05 06:00:00+00', NULL, NULL, 132);
INSERT INTO public.notifications VALUES ('01a23510-d8ff-7229-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d8f7-72c5-8320-fdd6af8fa146', '{"endsAt":1796716800.0,"roomName":"培训室","startsAt":1796709600.0,"title":"技术方案讨论"}', '2026-12-05 07:00:00+00', NULL, NULL, 136);
INSERT INTO public.notifications VALUES ('01a23510-d901-7137-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d901-7073-8320-fdd6af8fa146', '{"endsAt":1796697000.0,"roomName":"视频会议室","startsAt":1796693400.0,"title":"新员工培训"}', '2026-12-05 01:30:00+00', NULL, NULL, 137);
INSERT INTO public.notifications VALUES ('01a23510-d927-708e-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d91a-71f0-8320-fdd6af8fa146', '{"endsAt":1796716800.0,"roomName":"视频会议室","startsAt":1796713200.0,"title":"招聘面试"}', '2026-12-05 08:00:00+00', NULL, NULL, 140);
INSERT INTO public.notifications VALUES ('01a23510-d92f-7153-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-d92f-702c-8320-fdd6af8fa146', '{"endsAt":1796700600.0,"roomName":"洽谈室A","startsAt":1796695200.0,"title":"客户接待"}', '2026-12-05 02:00:00+00', NULL, NULL, 141);
INSERT INTO public.notifications VALUES ('01a23510-d933-7181-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d933-70ee-8320-fdd6af8fa146', '{"endsAt":1796785200.0,"roomName":"第一会议室","startsAt":1796778000.0,"title":"技术方案讨论"}', '2026-12-06 01:00:00+00', NULL, NULL, 142);
INSERT INTO public.notifications VALUES ('01a23510-d954-7387-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d94a-70f1-8320-fdd6af8fa146', '{"endsAt":1796799600.0,"roomName":"第一会议室","startsAt":1796796000.0,"title":"部门例会"}', '2026-12-06 07:00:00+00', NULL, NULL, 145);
INSERT INTO public.notifications VALUES ('01a23510-d956-73a2-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d956-72de-8320-fdd6af8fa146', '{"endsAt":1796783400.0,"roomName":"第二会议室","startsAt":1796779800.0,"title":"招聘面试"}', '2026-12-06 01:30:00+00', NULL, NULL, 146);
INSERT INTO public.notifications VALUES ('01a23510-d974-738e-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.approved', '01a23510-d968-73ab-8320-fdd6af8fa146', '{"endsAt":1796785200.0,"roomName":"大会议室","startsAt":1796779800.0,"title":"季度销售复盘"}', '2026-12-06 02:30:00+00', NULL, NULL, 152);
INSERT INTO public.notifications VALUES ('01a23510-d977-717f-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d977-70e7-8320-fdd6af8fa146', '{"endsAt":1796806800.0,"roomName":"贵宾接待室","startsAt":1796799600.0,"title":"技术方案讨论"}', '2026-12-06 07:00:00+00', NULL, NULL, 153);
INSERT INTO public.notifications VALUES ('01a23510-d97a-71a6-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d97a-712b-8320-fdd6af8fa146', '{"endsAt":1796781600.0,"roomName":"培训室","startsAt":1796778000.0,"title":"新员工培训"}', '2026-12-06 01:00:00+00', NULL, NULL, 154);
INSERT INTO public.notifications VALUES ('01a23510-d996-7342-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d989-7387-8320-fdd6af8fa146', '{"endsAt":1796799600.0,"roomName":"培训室","startsAt":1796796000.0,"title":"招聘面试"}', '2026-12-06 07:00:00+00', NULL, NULL, 157);
INSERT INTO public.notifications VALUES ('01a23510-d999-7370-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d999-72a9-8320-fdd6af8fa146', '{"endsAt":1796785200.0,"roomName":"视频会议室","startsAt":1796779800.0,"title":"客户接待"}', '2026-12-06 01:30:00+00', NULL, NULL, 158);
INSERT INTO public.notifications VALUES ('01a23510-d9b9-71ae-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d9ab-7350-8320-fdd6af8fa146', '{"endsAt":1796868000.0,"roomName":"第一会议室","startsAt":1796864400.0,"title":"招聘面试"}', '2026-12-07 02:00:00+00', NULL, NULL, 162);
INSERT INTO public.notifications VALUES ('01a23510-d9bc-7163-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-d9bc-708b-8320-fdd6af8fa146', '{"endsAt":1796893200.0,"roomName":"第二会议室","startsAt":1796886000.0,"title":"预算评审"}', '2026-12-07 07:00:00+00', NULL, NULL, 163);
INSERT INTO public.notifications VALUES ('01a23510-d9d3-7256-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-d9cb-7059-8320-fdd6af8fa146', '{"endsAt":1796871600.0,"roomName":"第三会议室","startsAt":1796868000.0,"title":"部门例会"}', '2026-12-07 03:00:00+00', NULL, NULL, 166);
INSERT INTO public.notifications VALUES ('01a23510-d9d7-7287-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d9d7-71bc-8320-fdd6af8fa146', '{"endsAt":1796886000.0,"roomName":"第三会议室","startsAt":1796882400.0,"title":"新员工培训"}', '2026-12-07 06:00:00+00', NULL, NULL, 167);
INSERT INTO public.notifications VALUES ('01a23510-d9db-7250-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.approved', '01a23510-d9db-7196-8320-fdd6af8fa146', '{"endsAt":1796869800.0,"roomName":"小会议室301","startsAt":1796864400.0,"title":"季度销售复盘"}', '2026-12-07 01:00:00+00', NULL, NULL, 168);
INSERT INTO public.notifications VALUES ('01a23510-d9df-7175-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-d9df-70d6-8320-fdd6af8fa146', '{"endsAt":1796889600.0,"roomName":"大会议室","startsAt":1796882400.0,"title":"技术方案讨论"}', '2026-12-07 06:00:00+00', NULL, NULL, 169);
INSERT INTO public.notifications VALUES ('01a23510-d9f9-718e-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-d9ed-70e5-8320-fdd6af8fa146', '{"endsAt":1796871600.0,"roomName":"贵宾接待室","startsAt":1796868000.0,"title":"新员工培训"}', '2026-12-07 03:00:00+00', NULL, NULL, 172);
INSERT INTO public.notifications VALUES ('01a23510-d9fc-7160-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-d9fc-7091-8320-fdd6af8fa146', '{"endsAt":1796889600.0,"roomName":"贵宾接待室","startsAt":1796886000.0,"title":"招聘面试"}', '2026-12-07 07:00:00+00', NULL, NULL, 173);
INSERT INTO public.notifications VALUES ('01a23510-da00-7017-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-d9ff-7347-8320-fdd6af8fa146', '{"endsAt":1796869800.0,"roomName":"培训室","startsAt":1796864400.0,"title":"客户接待"}', '2026-12-07 01:00:00+00', NULL, NULL, 174);
INSERT INTO public.notifications VALUES ('01a23510-da1d-70ec-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-da0e-7005-8320-fdd6af8fa146', '{"endsAt":1796889600.0,"roomName":"视频会议室","startsAt":1796886000.0,"title":"部门例会"}', '2026-12-07 08:00:00+00', NULL, NULL, 177);
INSERT INTO public.notifications VALUES ('01a23510-da20-71a0-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-da20-70d5-8320-fdd6af8fa146', '{"endsAt":1796871600.0,"roomName":"洽谈室A","startsAt":1796868000.0,"title":"招聘面试"}', '2026-12-07 02:00:00+00', NULL, NULL, 178);
INSERT INTO public.notifications VALUES ('01a23510-da26-715f-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.approved', '01a23510-da26-7082-8320-fdd6af8fa146', '{"endsAt":1796887800.0,"roomName":"洽谈室A","startsAt":1796882400.0,"title":"季度销售复盘"}', '2026-12-07 06:00:00+00', NULL, NULL, 179);
INSERT INTO public.notifications VALUES ('01a23510-da2a-7114-8320-fdd6af8fa146', '2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'booking.received', '01a23510-da2a-706d-8320-fdd6af8fa146', '{"endsAt":1796976000.0,"roomName":"第一会议室","startsAt":1796968800.0,"title":"预算评审"}', '2026-12-08 06:00:00+00', NULL, NULL, 180);
INSERT INTO public.notifications VALUES ('01a23510-da42-7031-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.rejected', '01a23510-da37-7311-8320-fdd6af8fa146', '{"actorName":"王芳","endsAt":1796956200.0,"reason":"该时段已安排领导接待","roomName":"第二会议室","startsAt":1796952600.0,"title":"部门例会"}', '2026-12-08 02:30:00+00', NULL, NULL, 183);
INSERT INTO public.notifications VALUES ('01a23510-da44-7328-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-da44-726a-8320-fdd6af8fa146', '{"endsAt":1796976000.0,"roomName":"第二会议室","startsAt":1796972400.0,"title":"新员工培训"}', '2026-12-08 07:00:00+00', NULL, NULL, 184);
INSERT INTO public.notifications VALUES ('01a23510-da74-70e4-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-da63-71d0-8320-fdd6af8fa146', '{"endsAt":1796956200.0,"roomName":"大会议室","startsAt":1796952600.0,"title":"新员工培训"}', '2026-12-08 02:30:00+00', NULL, NULL, 189);
INSERT INTO public.notifications VALUES ('01a23510-da77-7180-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-da77-70a8-8320-fdd6af8fa146', '{"endsAt":1796972400.0,"roomName":"大会议室","startsAt":1796968800.0,"title":"招聘面试"}', '2026-12-08 06:00:00+00', NULL, NULL, 190);
INSERT INTO public.notifications VALUES ('01a23510-daa4-734e-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-da8a-727d-8320-fdd6af8fa146', '{"endsAt":1796972400.0,"roomName":"培训室","startsAt":1796968800.0,"title":"部门例会"}', '2026-12-08 07:00:00+00', NULL, NULL, 194);
INSERT INTO public.notifications VALUES ('01a23510-daa7-73dc-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-daa7-7317-8320-fdd6af8fa146', '{"endsAt":1796956200.0,"roomName":"视频会议室","startsAt":1796952600.0,"title":"招聘面试"}', '2026-12-08 01:30:00+00', NULL, NULL, 195);
INSERT INTO public.notifications VALUES ('01a23510-dabe-73b6-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.approved', '01a23510-dab5-7063-8320-fdd6af8fa146', '{"endsAt":1796977800.0,"roomName":"视频会议室","startsAt":1796972400.0,"title":"季度销售复盘"}', '2026-12-08 08:00:00+00', NULL, NULL, 198);
INSERT INTO public.notifications VALUES ('01a23510-dac1-7195-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.approved', '01a23510-dac1-70a4-8320-fdd6af8fa146', '{"endsAt":1796959800.0,"roomName":"洽谈室A","startsAt":1796954400.0,"title":"项目启动会"}', '2026-12-08 02:00:00+00', NULL, NULL, 199);
INSERT INTO public.notifications VALUES ('01a23510-da56-72e0-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-da44-726a-8320-fdd6af8fa146', '{"endsAt":1796976000.0,"roomName":"第二会议室","startsAt":1796972400.0,"title":"新员工培训"}', '2026-12-08 08:00:00+00', NULL, NULL, 185);
INSERT INTO public.notifications VALUES ('01a23510-da5a-7247-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.received', '01a23510-da5a-7178-8320-fdd6af8fa146', '{"endsAt":1796959800.0,"roomName":"第三会议室","startsAt":1796954400.0,"title":"季度销售复盘"}', '2026-12-08 02:00:00+00', NULL, NULL, 186);
INSERT INTO public.notifications VALUES ('01a23510-da5f-7157-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.approved', '01a23510-da5f-707d-8320-fdd6af8fa146', '{"endsAt":1796979600.0,"roomName":"小会议室301","startsAt":1796972400.0,"title":"技术方案讨论"}', '2026-12-08 07:00:00+00', NULL, NULL, 187);
INSERT INTO public.notifications VALUES ('01a23510-da63-72aa-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.received', '01a23510-da63-71d0-8320-fdd6af8fa146', '{"endsAt":1796956200.0,"roomName":"大会议室","startsAt":1796952600.0,"title":"新员工培训"}', '2026-12-08 01:30:00+00', NULL, NULL, 188);
INSERT INTO public.notifications VALUES ('01a23510-da83-7371-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-da77-70a8-8320-fdd6af8fa146', '{"endsAt":1796972400.0,"roomName":"大会议室","startsAt":1796968800.0,"title":"招聘面试"}', '2026-12-08 07:00:00+00', NULL, NULL, 191);
INSERT INTO public.notifications VALUES ('01a23510-da87-7091-8320-fdd6af8fa146', '759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'booking.received', '01a23510-da86-7381-8320-fdd6af8fa146', '{"endsAt":1796959800.0,"roomName":"贵宾接待室","startsAt":1796954400.0,"title":"客户接待"}', '2026-12-08 02:00:00+00', NULL, NULL, 192);
INSERT INTO public.notifications VALUES ('01a23510-da8a-7356-8320-fdd6af8fa146', '34524f69-7ecf-45a3-91f0-5460bacfcf04', 'booking.received', '01a23510-da8a-727d-8320-fdd6af8fa146', '{"endsAt":1796972400.0,"roomName":"培训室","startsAt":1796968800.0,"title":"部门例会"}', '2026-12-08 06:00:00+00', NULL, NULL, 193);
INSERT INTO public.notifications VALUES ('01a23510-dab2-72ae-8320-fdd6af8fa146', '3601a178-f112-461e-929a-d039aed80200', 'booking.approved', '01a23510-daa7-7317-8320-fdd6af8fa146', '{"endsAt":1796956200.0,"roomName":"视频会议室","startsAt":1796952600.0,"title":"招聘面试"}', '2026-12-08 02:30:00+00', NULL, NULL, 196);
INSERT INTO public.notifications VALUES ('01a23510-dab5-7137-8320-fdd6af8fa146', 'b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'booking.received', '01a23510-dab5-7063-8320-fdd6af8fa146', '{"endsAt":1796977800.0,"roomName":"视频会议室","startsAt":1796972400.0,"title":"季度销售复盘"}', '2026-12-08 07:00:00+00', NULL, NULL, 197);


--
-- Data for Name: organisation; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.organisation VALUES ('default', 'Huiwu', 'Asia/Shanghai');


--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.people VALUES ('b39fb320-9e09-49f7-9f97-29c9cbfce3c8', 'admin', '系统管理员', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'admin', '系统管理员', 'admin@a1.example', true, '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5', NULL, NULL, 1);
INSERT INTO public.people VALUES ('54029b2e-3348-4115-b8ba-672a215aea5a', 'wangfang', '王芳', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'room_office', '行政主管', 'wangfang@a1.example', true, '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5', NULL, NULL, 2);
INSERT INTO public.people VALUES ('b6895005-7e33-46cf-bed6-57621eb9a84a', 'liqiang', '李强', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'info_centre', '信息中心工程师', 'liqiang@a1.example', true, '2026-12-02 04:43:44.450748+00', '77656a45-ad12-4351-af65-9789b4511b85', NULL, NULL, 3);
INSERT INTO public.people VALUES ('b1e8d165-196c-4b39-9ac8-947ec4c9df31', 'zhangwei', '张伟', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'department_head', '销售部经理', 'zhangwei@a1.example', true, '2026-12-02 04:43:44.450748+00', '17393e4b-0302-4030-905c-fdfa36a51c82', NULL, NULL, 4);
INSERT INTO public.people VALUES ('34524f69-7ecf-45a3-91f0-5460bacfcf04', 'liuyang', '刘洋', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'staff', '销售代表', 'liuyang@a1.example', true, '2026-12-02 04:43:44.450748+00', '17393e4b-0302-4030-905c-fdfa36a51c82', NULL, NULL, 5);
INSERT INTO public.people VALUES ('2c8dab88-eed7-4dc6-bbe3-658867c756a3', 'chenjing', '陈静', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'staff', '会计', 'chenjing@a1.example', true, '2026-12-02 04:43:44.450748+00', 'a0c65d8e-3c5b-4724-842d-73ab02986b9f', NULL, NULL, 6);
INSERT INTO public.people VALUES ('759f668b-ecc5-49f5-80f1-5b8c07c90dcc', 'zhaolei', '赵磊', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'department_head', '技术部经理', 'zhaolei@a1.example', true, '2026-12-02 04:43:44.450748+00', 'bbc861f9-de2e-4d58-b335-d8d91bfc3750', NULL, NULL, 7);
INSERT INTO public.people VALUES ('3601a178-f112-461e-929a-d039aed80200', 'huangmin', '黄敏', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'staff', '招聘专员', 'huangmin@a1.example', true, '2026-12-02 04:43:44.450748+00', '4d06878c-719e-4ace-9e12-6a8b469eeec0', NULL, NULL, 8);
INSERT INTO public.people VALUES ('9cead61a-c673-4be4-b12e-da55d6559b7c', 'sunli', '孙丽', '$2b$12$1ChnfJ1SPfMjR9loamKduuarBsykY5tfpxtcv5ndnGpOobw6SN5ga', 'cleaning', '保洁员', 'sunli@a1.example', true, '2026-12-02 04:43:44.450748+00', '04450f29-5861-4379-a672-d2ac2d81c9e7', NULL, NULL, 9);


--
-- Data for Name: purposes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.purposes VALUES ('meeting', '工作会议', '工作會議', 'Work meeting', true, 0);
INSERT INTO public.purposes VALUES ('training', '培训', '培訓', 'Training', true, 1);
INSERT INTO public.purposes VALUES ('reception', '接待', '接待', 'Reception', true, 2);
INSERT INTO public.purposes VALUES ('interview', '面试', '面試', 'Interview', true, 3);
INSERT INTO public.purposes VALUES ('video_conference', '视频会议', '視訊會議', 'Video conference', true, 4);
INSERT INTO public.purposes VALUES ('review', '评审', '評審', 'Review', true, 5);
INSERT INTO public.purposes VALUES ('rental', '对外出租', '對外出租', 'External rental', true, 6);


--
-- Data for Name: room_equipment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.room_equipment VALUES ('ffbf1ffd-9722-4211-910f-8e5dd42b8c1c', '投影仪', 1, 0, 'f60231cf-4fe3-45bf-83c3-9116e5242528');
INSERT INTO public.room_equipment VALUES ('45fc9171-4c85-419c-acf9-3c955e3190b3', '白板', 1, 1, 'f60231cf-4fe3-45bf-83c3-9116e5242528');
INSERT INTO public.room_equipment VALUES ('df8ef02d-2350-4c9a-8306-f9e615c0ed96', '电视屏', 1, 0, 'f3822923-5d66-4e8a-8d5b-18c7a0407909');
INSERT INTO public.room_equipment VALUES ('b3af1fc7-37f8-4583-8c0c-b9c158db39e7', '白板', 1, 1, 'f3822923-5d66-4e8a-8d5b-18c7a0407909');
INSERT INTO public.room_equipment VALUES ('81e8ab93-2336-416d-a394-1a6dedd4f1b3', '投影仪', 1, 0, 'ecf6f20c-b6a8-4b94-a41d-941e640087cb');
INSERT INTO public.room_equipment VALUES ('2d066cca-ffb0-44ea-bb57-b3b2f7f9ae31', '音响', 1, 1, 'ecf6f20c-b6a8-4b94-a41d-941e640087cb');
INSERT INTO public.room_equipment VALUES ('fda21468-bdec-4251-b70f-ae465b08ca8d', '话筒', 2, 2, 'ecf6f20c-b6a8-4b94-a41d-941e640087cb');
INSERT INTO public.room_equipment VALUES ('75de293e-43b5-4567-b2c5-d478321bf720', '电视屏', 1, 0, 'dfaf4b7b-4a85-43fe-a8bc-fd28768477aa');
INSERT INTO public.room_equipment VALUES ('98165051-bce4-4fdf-83a3-cefc5b149a7f', '投影仪', 2, 0, '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca');
INSERT INTO public.room_equipment VALUES ('fe130d72-9d9e-4425-86c5-0a2207fc70c0', '幕布', 2, 1, '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca');
INSERT INTO public.room_equipment VALUES ('34e9fcf4-d520-4685-a15e-56909ca8e236', '无线话筒', 6, 2, '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca');
INSERT INTO public.room_equipment VALUES ('ef24006b-6779-4122-9f2c-e1c94f51a8ad', '摄像头', 2, 3, '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca');
INSERT INTO public.room_equipment VALUES ('75fc21db-6b6c-4647-b7c7-a7c662d39867', '调音台', 1, 4, '2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca');
INSERT INTO public.room_equipment VALUES ('de579cad-3c87-4149-91af-5b634f9033ff', '电视屏', 1, 0, '18bf3241-49ce-4139-ab92-7e068773408a');
INSERT INTO public.room_equipment VALUES ('dddbe71f-a782-4f93-8823-a16cc3ecb3e3', '视频会议终端', 1, 1, '18bf3241-49ce-4139-ab92-7e068773408a');
INSERT INTO public.room_equipment VALUES ('a91581f9-0d8d-481d-92e2-1ee529d7c0b0', '茶具', 20, 2, '18bf3241-49ce-4139-ab92-7e068773408a');
INSERT INTO public.room_equipment VALUES ('9e09a08d-7f39-435d-8efd-ea1d610f9f58', '投影仪', 1, 0, '6d227974-911d-445b-aeae-b0318b7630b2');
INSERT INTO public.room_equipment VALUES ('626ed0cd-e53a-4ba0-87af-00c2c1bc988d', '电脑', 20, 1, '6d227974-911d-445b-aeae-b0318b7630b2');
INSERT INTO public.room_equipment VALUES ('590d2226-c19f-4d84-bb73-08050ac0ba06', '话筒', 2, 2, '6d227974-911d-445b-aeae-b0318b7630b2');
INSERT INTO public.room_equipment VALUES ('55af2a77-ac20-4a2b-8146-6f4ee266553d', '视频会议终端', 1, 0, 'e1da4414-2db2-41fe-9722-d771554d97fb');
INSERT INTO public.room_equipment VALUES ('509258d0-c4bd-4589-9411-96f12ce98b30', '摄像头', 1, 1, 'e1da4414-2db2-41fe-9722-d771554d97fb');
INSERT INTO public.room_equipment VALUES ('1cc5ca8c-135b-4a7d-8132-4439835380a8', '全向麦克风', 2, 2, 'e1da4414-2db2-41fe-9722-d771554d97fb');


--
-- Data for Name: rooms; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rooms VALUES ('f60231cf-4fe3-45bf-83c3-9116e5242528', '第一会议室', 'A座', '3F', 12, 'ordinary', '', 480, 1320, 0, 90, 600, false, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('f3822923-5d66-4e8a-8d5b-18c7a0407909', '第二会议室', 'A座', '3F', 12, 'ordinary', '', 480, 1320, 0, 90, 600, false, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('ecf6f20c-b6a8-4b94-a41d-941e640087cb', '第三会议室', 'A座', '4F', 20, 'ordinary', '', 480, 1320, 0, 90, 600, false, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('dfaf4b7b-4a85-43fe-a8bc-fd28768477aa', '小会议室301', 'A座', '3F', 6, 'ordinary', '', 480, 1320, 0, 90, 600, true, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('2e2ba140-a8ab-40e1-895e-e3ac2c73f8ca', '大会议室', 'A座', '5F', 120, 'large', '', 480, 1320, 120, 90, 600, false, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('18bf3241-49ce-4139-ab92-7e068773408a', '贵宾接待室', 'A座', '6F', 16, 'vip', '', 480, 1320, 1440, 90, 600, false, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('6d227974-911d-445b-aeae-b0318b7630b2', '培训室', 'B座', '2F', 40, 'ordinary', '', 480, 1320, 60, 90, 600, false, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('e1da4414-2db2-41fe-9722-d771554d97fb', '视频会议室', 'B座', '3F', 20, 'ordinary', '', 480, 1320, 0, 90, 600, false, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('8fbb7731-dfe8-4c73-ac3d-142bfbf36607', '洽谈室A', 'B座', '1F', 4, 'ordinary', '', 480, 1320, 0, 90, 600, true, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');
INSERT INTO public.rooms VALUES ('9b5869be-074e-4b17-9281-8baeb79ab392', '洽谈室B', 'B座', '1F', 4, 'ordinary', '', 480, 1320, 0, 90, 600, true, 'available', NULL, NULL, 1, '2026-12-02 04:43:44.450748+00', '2026-12-02 04:43:44.450748+00', '8d579c95-eeea-43c3-8f31-67fc321482e5');


--
-- Name: bookings_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bookings_seq_seq', 136, true);


--
-- Name: meetings_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.meetings_seq_seq', 16, true);


--
-- Name: notifications_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notifications_seq_seq', 199, true);


--
-- Name: people_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.people_seq_seq', 9, true);


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: account_notices account_notices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_notices
    ADD CONSTRAINT account_notices_pkey PRIMARY KEY (id);


--
-- Name: action_items action_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_items
    ADD CONSTRAINT action_items_pkey PRIMARY KEY (id);


--
-- Name: agenda_items agenda_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agenda_items
    ADD CONSTRAINT agenda_items_pkey PRIMARY KEY (id);


--
-- Name: auth_sessions auth_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_sessions
    ADD CONSTRAINT auth_sessions_pkey PRIMARY KEY (id);


--
-- Name: booking_events booking_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.booking_events
    ADD CONSTRAINT booking_events_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at, '[)'::text) WITH &&) WHERE ((status = ANY (ARRAY['pending'::text, 'approved'::text])));


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: calendar_days calendar_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_days
    ADD CONSTRAINT calendar_days_pkey PRIMARY KEY (date);


--
-- Name: calendar_feeds calendar_feeds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_pkey PRIMARY KEY (id);


--
-- Name: calendar_periods calendar_periods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_periods
    ADD CONSTRAINT calendar_periods_pkey PRIMARY KEY (id);


--
-- Name: checklist_items checklist_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items
    ADD CONSTRAINT checklist_items_pkey PRIMARY KEY (id);


--
-- Name: departments departments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT departments_pkey PRIMARY KEY (id);


--
-- Name: login_attempts login_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_attempts
    ADD CONSTRAINT login_attempts_pkey PRIMARY KEY (id);


--
-- Name: materials materials_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.materials
    ADD CONSTRAINT materials_pkey PRIMARY KEY (id);


--
-- Name: meeting_participants meeting_participants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_participants
    ADD CONSTRAINT meeting_participants_pkey PRIMARY KEY (id);


--
-- Name: meeting_series meeting_series_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_series
    ADD CONSTRAINT meeting_series_pkey PRIMARY KEY (id);


--
-- Name: meeting_types meeting_types_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_types
    ADD CONSTRAINT meeting_types_pkey PRIMARY KEY (id);


--
-- Name: meetings meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_pkey PRIMARY KEY (id);


--
-- Name: minutes minutes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes
    ADD CONSTRAINT minutes_pkey PRIMARY KEY (meeting_id);


--
-- Name: notices notices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT notices_pkey PRIMARY KEY (id);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: organisation organisation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organisation
    ADD CONSTRAINT organisation_pkey PRIMARY KEY (key);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: purposes purposes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.purposes
    ADD CONSTRAINT purposes_pkey PRIMARY KEY (code);


--
-- Name: room_equipment room_equipment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_equipment
    ADD CONSTRAINT room_equipment_pkey PRIMARY KEY (id);


--
-- Name: rooms rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_pkey PRIMARY KEY (id);


--
-- Name: _fluent_migrations uq:_fluent_migrations.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);


--
-- Name: auth_sessions uq:auth_sessions.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_sessions
    ADD CONSTRAINT "uq:auth_sessions.token_hash" UNIQUE (token_hash);


--
-- Name: calendar_copies uq:calendar_copies.object_id+calendar_copies.recipient; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_copies
    ADD CONSTRAINT "uq:calendar_copies.object_id+calendar_copies.recipient" UNIQUE (object_id, recipient);


--
-- Name: calendar_feeds uq:calendar_feeds.token_digest; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT "uq:calendar_feeds.token_digest" UNIQUE (token_digest);


--
-- Name: calendar_periods uq:calendar_periods.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_periods
    ADD CONSTRAINT "uq:calendar_periods.name" UNIQUE (name);


--
-- Name: departments uq:departments.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT "uq:departments.name" UNIQUE (name);


--
-- Name: meeting_reminders uq:meeting_reminders.meeting_id+meeting_reminders.offset_minute; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_reminders
    ADD CONSTRAINT "uq:meeting_reminders.meeting_id+meeting_reminders.offset_minute" UNIQUE (meeting_id, offset_minutes);


--
-- Name: meeting_reporters uq:meeting_reporters.meeting_id+meeting_reporters.person_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_reporters
    ADD CONSTRAINT "uq:meeting_reporters.meeting_id+meeting_reporters.person_id" UNIQUE (meeting_id, person_id);


--
-- Name: meeting_types uq:meeting_types.code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_types
    ADD CONSTRAINT "uq:meeting_types.code" UNIQUE (code);


--
-- Name: people uq:people.username; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT "uq:people.username" UNIQUE (username);


--
-- Name: rooms uq:rooms.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT "uq:rooms.name" UNIQUE (name);


--
-- Name: account_notices_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_notices_due ON public.account_notices USING btree (state, next_attempt_at);


--
-- Name: action_items_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_items_meeting ON public.action_items USING btree (meeting_id);


--
-- Name: action_items_series; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_items_series ON public.action_items USING btree (series_id, status);


--
-- Name: agenda_items_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agenda_items_meeting ON public.agenda_items USING btree (meeting_id, "position");


--
-- Name: booking_events_booking; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX booking_events_booking ON public.booking_events USING btree (booking_id, at);


--
-- Name: bookings_booker_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bookings_booker_start ON public.bookings USING btree (booker_id, starts_at);


--
-- Name: bookings_room_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bookings_room_start ON public.bookings USING btree (room_id, starts_at);


--
-- Name: bookings_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX bookings_seq ON public.bookings USING btree (seq);


--
-- Name: bookings_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bookings_start ON public.bookings USING btree (starts_at);


--
-- Name: bookings_status_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bookings_status_start ON public.bookings USING btree (status, starts_at);


--
-- Name: checklist_items_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX checklist_items_due ON public.checklist_items USING btree (due_at);


--
-- Name: checklist_items_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX checklist_items_meeting ON public.checklist_items USING btree (meeting_id);


--
-- Name: login_attempts_client_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_attempts_client_at ON public.login_attempts USING btree (client, attempted_at);


--
-- Name: login_attempts_username_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_attempts_username_at ON public.login_attempts USING btree (username, attempted_at);


--
-- Name: materials_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX materials_meeting ON public.materials USING btree (meeting_id);


--
-- Name: meeting_participants_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_participants_meeting ON public.meeting_participants USING btree (meeting_id);


--
-- Name: meeting_participants_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_participants_person ON public.meeting_participants USING btree (person_id);


--
-- Name: meetings_booking; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meetings_booking ON public.meetings USING btree (booking_id);


--
-- Name: meetings_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX meetings_seq ON public.meetings USING btree (seq);


--
-- Name: meetings_series; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meetings_series ON public.meetings USING btree (series_id, starts_at);


--
-- Name: meetings_starts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meetings_starts ON public.meetings USING btree (starts_at);


--
-- Name: notices_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notices_due ON public.notices USING btree (state, next_attempt_at);


--
-- Name: notices_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notices_meeting ON public.notices USING btree (meeting_id, participant_id);


--
-- Name: notifications_person_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_person_created ON public.notifications USING btree (person_id, created_at);


--
-- Name: notifications_person_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_person_seq ON public.notifications USING btree (person_id, seq);


--
-- Name: notifications_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX notifications_seq ON public.notifications USING btree (seq);


--
-- Name: notifications_unread; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_unread ON public.notifications USING btree (person_id) WHERE (read_at IS NULL);


--
-- Name: people_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX people_seq ON public.people USING btree (seq);


--
-- Name: room_equipment_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_equipment_room ON public.room_equipment USING btree (room_id);


--
-- Name: account_notices account_notices_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_notices
    ADD CONSTRAINT account_notices_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: action_items action_items_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_items
    ADD CONSTRAINT action_items_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: action_items action_items_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_items
    ADD CONSTRAINT action_items_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.people(id);


--
-- Name: agenda_items agenda_items_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agenda_items
    ADD CONSTRAINT agenda_items_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: agenda_items agenda_items_presenter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agenda_items
    ADD CONSTRAINT agenda_items_presenter_id_fkey FOREIGN KEY (presenter_id) REFERENCES public.people(id) ON DELETE SET NULL;


--
-- Name: auth_sessions auth_sessions_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_sessions
    ADD CONSTRAINT auth_sessions_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: booking_events booking_events_booking_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.booking_events
    ADD CONSTRAINT booking_events_booking_id_fkey FOREIGN KEY (booking_id) REFERENCES public.bookings(id);


--
-- Name: bookings bookings_booker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_booker_id_fkey FOREIGN KEY (booker_id) REFERENCES public.people(id);


--
-- Name: bookings bookings_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id);


--
-- Name: bookings bookings_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id);


--
-- Name: calendar_feeds calendar_feeds_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: calendar_feeds calendar_feeds_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: calendar_feeds calendar_feeds_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id) ON DELETE CASCADE;


--
-- Name: checklist_items checklist_items_assignee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items
    ADD CONSTRAINT checklist_items_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES public.people(id) ON DELETE SET NULL;


--
-- Name: checklist_items checklist_items_done_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items
    ADD CONSTRAINT checklist_items_done_by_id_fkey FOREIGN KEY (done_by_id) REFERENCES public.people(id) ON DELETE SET NULL;


--
-- Name: checklist_items checklist_items_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items
    ADD CONSTRAINT checklist_items_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: departments departments_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT departments_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.departments(id);


--
-- Name: materials materials_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.materials
    ADD CONSTRAINT materials_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: materials materials_uploaded_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.materials
    ADD CONSTRAINT materials_uploaded_by_id_fkey FOREIGN KEY (uploaded_by_id) REFERENCES public.people(id);


--
-- Name: meeting_participants meeting_participants_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_participants
    ADD CONSTRAINT meeting_participants_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: meeting_participants meeting_participants_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_participants
    ADD CONSTRAINT meeting_participants_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id);


--
-- Name: meeting_reminders meeting_reminders_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_reminders
    ADD CONSTRAINT meeting_reminders_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: meeting_reporters meeting_reporters_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_reporters
    ADD CONSTRAINT meeting_reporters_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: meeting_reporters meeting_reporters_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_reporters
    ADD CONSTRAINT meeting_reporters_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: meeting_series meeting_series_organiser_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_series
    ADD CONSTRAINT meeting_series_organiser_id_fkey FOREIGN KEY (organiser_id) REFERENCES public.people(id);


--
-- Name: meeting_series meeting_series_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_series
    ADD CONSTRAINT meeting_series_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id);


--
-- Name: meeting_series meeting_series_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_series
    ADD CONSTRAINT meeting_series_type_id_fkey FOREIGN KEY (type_id) REFERENCES public.meeting_types(id);


--
-- Name: meeting_types meeting_types_default_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_types
    ADD CONSTRAINT meeting_types_default_room_id_fkey FOREIGN KEY (default_room_id) REFERENCES public.rooms(id) ON DELETE SET NULL;


--
-- Name: meetings meetings_booking_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_booking_id_fkey FOREIGN KEY (booking_id) REFERENCES public.bookings(id);


--
-- Name: meetings meetings_organiser_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_organiser_id_fkey FOREIGN KEY (organiser_id) REFERENCES public.people(id);


--
-- Name: meetings meetings_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id);


--
-- Name: meetings meetings_series_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_series_id_fkey FOREIGN KEY (series_id) REFERENCES public.meeting_series(id);


--
-- Name: meetings meetings_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_type_id_fkey FOREIGN KEY (type_id) REFERENCES public.meeting_types(id);


--
-- Name: minutes minutes_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes
    ADD CONSTRAINT minutes_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: minutes minutes_updated_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes
    ADD CONSTRAINT minutes_updated_by_id_fkey FOREIGN KEY (updated_by_id) REFERENCES public.people(id);


--
-- Name: notices notices_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT notices_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: notices notices_participant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT notices_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES public.meeting_participants(id) ON DELETE CASCADE;


--
-- Name: notifications notifications_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: people people_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id);


--
-- Name: room_equipment room_equipment_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_equipment
    ADD CONSTRAINT room_equipment_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id) ON DELETE CASCADE;


--
-- Name: rooms rooms_managing_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_managing_department_id_fkey FOREIGN KEY (managing_department_id) REFERENCES public.departments(id);


--
-- PostgreSQL database dump complete
--


