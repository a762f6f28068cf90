extension CatalogSQL {
  /// The questions people bring, as views: one row per pair, with no aggregate function whose
  /// name differs between engines.
  static let views: [(name: String, query: String)] = [
    (
      "partners",
      """
      SELECT p."id" AS "partnership_id", p."state_code" AS "region_code", s."name" AS "region_name",
        p."prefecture_code" AS "partner_code", f."name" AS "partner_name", p."kind", p."signed", p."signed_from",
        p."status"
      FROM "partnerships" p
      JOIN "regions" s ON s."code" = p."state_code"
      JOIN "regions" f ON f."code" = p."prefecture_code"
      UNION ALL
      SELECT p."id", p."prefecture_code", f."name", p."state_code", s."name", p."kind", p."signed", p."signed_from",
        p."status"
      FROM "partnerships" p
      JOIN "regions" s ON s."code" = p."state_code"
      JOIN "regions" f ON f."code" = p."prefecture_code"
      """
    ),
    (
      "agreements_with_parties",
      """
      SELECT a."id" AS "agreement_id", a."title", a."type", a."date", a."signed", l."seq" AS "party_seq",
        p."id" AS "party_id", p."name" AS "party", p."country" AS "party_country", l."as_written"
      FROM "agreements" a
      LEFT JOIN "agreement_parties" l ON l."agreement_id" = a."id"
      LEFT JOIN "parties" p ON p."id" = l."party_id"
      """
    ),
    (
      "agreements_with_areas",
      """
      SELECT a."id" AS "agreement_id", a."title", a."type", a."date", r."id" AS "area_id", r."numeral",
        r."name" AS "area"
      FROM "agreements" a
      LEFT JOIN "agreement_areas" l ON l."agreement_id" = a."id"
      LEFT JOIN "areas" r ON r."id" = l."area_id"
      """
    ),
    (
      "figures_with_units",
      """
      SELECT "id", "label", "qualifier", "value", "unit", "readable", "kind", "period"
      FROM "figures"
      """
    ),
  ]
}
