"""The site search's own index of listings: each row's indexed words beside the sites and languages showing it.

The search page counts, for one site and language, the listings of every
type matching the words (listings.sections.ListingSearchBatch). The search
backend's index (`wagtailsearch_indexentry`) knows the words but not where
a listing is shown, so a search had to read every matching entry of the
whole network and then throw away those other regions show: the cost grew
with the network, not with the site.

`listings_searchrow` keeps, for each listing row with a placement, a copy of
its entry's title and body vectors and `shown_in`, the (region, language)
pairs of its placements (`pair()`). A GIN index over `shown_in` and the
words answers "matching and shown on this site in this language" from the
index, and the search reads only those rows. The clock-dependent window of
each placement is summed up on the row: between `all_from` and `all_until`
every placement of the row shows it, outside `any_from` to `any_until`
none does. Only a row between the two (a translation taking over from its
original, say) has its window checked on the placements.

PostgreSQL keeps the table current with triggers, whatever writes the
search index or the placements (a save, `update_index`, bulk imports, a
rebuild): a change to either recomputes the rows of the listings it
touches, and emptying either empties it. Only PostgreSQL has it: other
databases search through the backend type by type.
"""

#: `pair()` = region id * PAIR_BASE + locale id; a network has far fewer languages than this.
PAIR_BASE = 1000

TABLE = "listings_searchrow"


def pair(region_id, locale_id):
    """The `shown_in` value of a region's pages in one language."""
    return region_id * PAIR_BASE + locale_id


_CREATE = f"""
CREATE TABLE {TABLE} (
    content_type_id integer NOT NULL,
    object_id bigint NOT NULL,
    title tsvector NOT NULL,
    body tsvector NOT NULL,
    title_norm double precision NOT NULL,
    shown_in integer[] NOT NULL,
    all_from timestamp with time zone NOT NULL,
    all_until timestamp with time zone NOT NULL,
    any_from timestamp with time zone NOT NULL,
    any_until timestamp with time zone NOT NULL,
    PRIMARY KEY (content_type_id, object_id)
);

-- The rows of these listings, recomputed from the search index and the placements.
CREATE FUNCTION {TABLE}_refresh(content_types integer[], object_ids bigint[]) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM {TABLE} kept USING unnest(content_types, object_ids) AS changed(content_type_id, object_id)
    WHERE kept.content_type_id = changed.content_type_id AND kept.object_id = changed.object_id;
    INSERT INTO {TABLE} (
        content_type_id, object_id, title, body, title_norm, shown_in, all_from, all_until, any_from, any_until
    )
    SELECT entry.content_type_id, changed.object_id, entry.title, entry.body, entry.title_norm, placed.shown_in,
           placed.all_from, placed.all_until, placed.any_from, placed.any_until
    FROM (SELECT DISTINCT * FROM unnest(content_types, object_ids)) AS changed(content_type_id, object_id)
    JOIN wagtailsearch_indexentry entry
      ON entry.content_type_id = changed.content_type_id AND entry.object_id = changed.object_id::text
    JOIN LATERAL (
        SELECT array_agg(DISTINCT placement.region_id * {PAIR_BASE} + placement.locale_id) AS shown_in,
               max(placement.shown_from) AS all_from, min(placement.shown_until) AS all_until,
               min(placement.shown_from) AS any_from, max(placement.shown_until) AS any_until
        FROM listings_listingplacement placement
        WHERE placement.content_type_id = changed.content_type_id AND placement.object_id = changed.object_id
    ) placed ON placed.shown_in IS NOT NULL;
$$;

-- Placements written or deleted: a statement's rows at once (placements are written in batches).
CREATE FUNCTION {TABLE}_placed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM {TABLE}_refresh(array_agg(content_type_id), array_agg(object_id))
    FROM (SELECT DISTINCT content_type_id, object_id FROM changed) AS listings;
    RETURN NULL;
END;
$$;
CREATE TRIGGER {TABLE}_placed AFTER INSERT ON listings_listingplacement
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_placed();
CREATE TRIGGER {TABLE}_unplaced AFTER DELETE ON listings_listingplacement
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_placed();

-- An entry of the search index written or removed (other models' entries have no placements, and
-- some have keys that are not numbers).
CREATE FUNCTION {TABLE}_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry RECORD;
BEGIN
    IF TG_OP = 'DELETE' THEN
        entry := OLD;
    ELSE
        entry := NEW;
    END IF;
    IF entry.object_id ~ '^[0-9]{{1,18}}$' THEN
        PERFORM {TABLE}_refresh(ARRAY[entry.content_type_id], ARRAY[entry.object_id::bigint]);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER {TABLE}_indexed AFTER INSERT OR UPDATE OR DELETE ON wagtailsearch_indexentry
    FOR EACH ROW EXECUTE FUNCTION {TABLE}_indexed();

-- Emptying either source (a test database's flush, an index reset) empties the copy.
CREATE FUNCTION {TABLE}_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {TABLE};
    RETURN NULL;
END;
$$;
CREATE TRIGGER {TABLE}_emptied AFTER TRUNCATE ON listings_listingplacement
    FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_emptied();
CREATE TRIGGER {TABLE}_emptied AFTER TRUNCATE ON wagtailsearch_indexentry
    FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_emptied();
"""

# Built after the fill: built at once, a GIN index holds no list of pending entries that every search reads
# until a vacuum merges it.
_INDEX = f"""
CREATE INDEX {TABLE}_title ON {TABLE} USING gin (shown_in, title);
CREATE INDEX {TABLE}_body ON {TABLE} USING gin (shown_in, body);
"""

# Every listing row with a placement, through the function the triggers use.
_FILL = f"""
SELECT {TABLE}_refresh(array_agg(content_type_id), array_agg(object_id))
FROM (SELECT DISTINCT content_type_id, object_id FROM listings_listingplacement) AS listings
"""

_DROP = f"""
DROP TRIGGER IF EXISTS {TABLE}_emptied ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS {TABLE}_emptied ON listings_listingplacement;
DROP TRIGGER IF EXISTS {TABLE}_indexed ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS {TABLE}_unplaced ON listings_listingplacement;
DROP TRIGGER IF EXISTS {TABLE}_placed ON listings_listingplacement;
DROP FUNCTION IF EXISTS {TABLE}_emptied(), {TABLE}_indexed(), {TABLE}_placed(), {TABLE}_refresh(integer[], bigint[]);
DROP TABLE IF EXISTS {TABLE};
"""


def install(schema_editor):
    """Create the table, its triggers and its rows (PostgreSQL; elsewhere nothing)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(_CREATE)
    schema_editor.execute(_FILL)
    schema_editor.execute(_INDEX)
    schema_editor.execute(f"ANALYZE {TABLE}")


def uninstall(schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(_DROP)


def reinstall(schema_editor):
    """The table and its triggers as this module writes them now, refilled (a migration that changes them)."""
    uninstall(schema_editor)
    install(schema_editor)
