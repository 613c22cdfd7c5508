-- Analyst views: readable names instead of ids. Columns are part of the analysts' interface.

-- One row per event, with actor, location and product names and the article it came from.
CREATE VIEW event_facts AS
SELECT ev.id AS event_id,
       ev.type,
       ev.modality,
       ev.time,
       (SELECT string_agg(e.canonical_name, ', ' ORDER BY e.canonical_name)
          FROM event_participants p JOIN entities e ON e.id = p.entity_id
         WHERE p.event_id = ev.id AND p.role = 'actor') AS actors,
       loc.canonical_name AS location,
       loc.country AS location_country,
       coalesce(prod.canonical_name, ev.product_text) AS product,
       ev.quantity,
       ev.unit,
       ev.money_value,
       ev.money_currency,
       ev.confidence,
       ev.evidence_text,
       ev.evidence_start,
       ev.evidence_end,
       a.id AS article_id,
       a.title AS article_title,
       a.language AS article_language,
       a.published_at,
       ev.extractor_version
FROM events ev
JOIN articles a ON a.id = ev.article_id
LEFT JOIN entities loc ON loc.id = ev.location_entity_id
LEFT JOIN entities prod ON prod.id = ev.product_entity_id;
--> statement-breakpoint

-- One row per entity: how often and where it is mentioned, and under which names.
CREATE VIEW entity_facts AS
SELECT e.id AS entity_id,
       e.type,
       e.canonical_name,
       e.country,
       demonym.canonical_name AS demonym_of,
       (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS article_count,
       (SELECT string_agg(al.alias, ' | ' ORDER BY al.count DESC, al.alias)
          FROM entity_aliases al WHERE al.entity_id = e.id AND al.count > 0) AS aliases,
       (SELECT count(*) FROM event_participants p WHERE p.entity_id = e.id) AS event_count
FROM entities e
LEFT JOIN entities demonym ON demonym.id = e.demonym_of;
--> statement-breakpoint

-- Every event an entity takes part in, in time order: its timeline.
CREATE VIEW entity_timeline AS
SELECT p.entity_id,
       e.canonical_name AS entity,
       p.role,
       f.time,
       f.published_at,
       f.type,
       f.modality,
       f.quantity,
       f.unit,
       f.money_value,
       f.money_currency,
       f.evidence_text,
       f.article_id,
       f.event_id
FROM event_participants p
JOIN entities e ON e.id = p.entity_id
JOIN event_facts f ON f.event_id = p.event_id;
--> statement-breakpoint

-- Every mention with its canonical entity and article: the evidence behind entity_facts.
CREATE VIEW mention_facts AS
SELECT m.id AS mention_id,
       m.article_id,
       a.title AS article_title,
       m.text AS surface,
       m.type,
       m.start_offset,
       m.end_offset,
       m.confidence,
       m.extractor,
       m.model_version,
       e.id AS entity_id,
       e.canonical_name
FROM mentions m
JOIN articles a ON a.id = m.article_id
LEFT JOIN entities e ON e.id = m.entity_id;
