/// The data files compiled into the binary (from `lexicons/` and `schema/`), so that SoLieu works
/// from any directory.
enum BundledData {
    /// The bytes of a bundled lexicon file, or none when the name is unknown.
    static func lexicon(_ name: String) -> [UInt8] {
        switch name {
        case "abbreviations.tsv": return PackageResources.abbreviations_tsv
        case "qualifiers.tsv": return PackageResources.qualifiers_tsv
        case "units.tsv": return PackageResources.units_tsv
        case "triggers.tsv": return PackageResources.triggers_tsv
        case "doc_types.tsv": return PackageResources.doc_types_tsv
        case "organisations.tsv": return PackageResources.organisations_tsv
        case "not_figures.tsv": return PackageResources.not_figures_tsv
        case "periods.tsv": return PackageResources.periods_tsv
        case "training.tsv": return PackageResources.training_tsv
        case "targets.tsv": return PackageResources.targets_tsv
        case "name_stops.tsv": return PackageResources.name_stops_tsv
        case "number_words.tsv": return PackageResources.number_words_tsv
        case "breakdowns.tsv": return PackageResources.breakdowns_tsv
        case "surnames.tsv": return PackageResources.surnames_tsv
        case "bodies.tsv": return PackageResources.bodies_tsv
        case "clause_openers.tsv": return PackageResources.clause_openers_tsv
        case "former_units.tsv": return PackageResources.former_units_tsv
        case "page_chrome.tsv": return PackageResources.page_chrome_tsv
        case "titles.tsv": return PackageResources.titles_tsv
        case "aliases.tsv": return PackageResources.aliases_tsv
        case "occasions.tsv": return PackageResources.occasions_tsv
        case "month_names.tsv": return PackageResources.month_names_tsv
        case "name_fields.tsv": return PackageResources.name_fields_tsv
        case "corrections.tsv": return PackageResources.corrections_tsv
        case "plan_scope.tsv": return PackageResources.plan_scope_tsv
        case "departments.tsv": return PackageResources.departments_tsv
        default: return []
        }
    }

    /// The JSON Schema of the article record.
    static var articleSchema: [UInt8] { PackageResources.article_schema_json }
}
