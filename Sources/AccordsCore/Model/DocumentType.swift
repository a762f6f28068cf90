/// The form of an outcome document, as the two governments name it.
///
/// The raw value is the short spelling used in the catalog and on the command line.
public enum DocumentType: String, Hashable, Sendable, CaseIterable {
  case jointVision = "joint-vision"
  case jointStatement = "joint-statement"
  case jointDeclaration = "joint-declaration"
  case jointDeclarationOfIntent = "joint-declaration-of-intent"
  case jointStatementOfIntent = "joint-statement-of-intent"
  case actionPlan = "action-plan"
  case implementingArrangement = "implementing-arrangement"
  case memorandumOfUnderstanding = "mou"
  case memorandumOfCooperation = "moc"

  /// The full English name, for people.
  public var displayName: String {
    switch self {
    case .jointVision: "Joint Vision"
    case .jointStatement: "Joint Statement"
    case .jointDeclaration: "Joint Declaration"
    case .jointDeclarationOfIntent: "Joint Declaration of Intent"
    case .jointStatementOfIntent: "Joint Statement of Intent"
    case .actionPlan: "Action Plan"
    case .implementingArrangement: "Implementing Arrangement"
    case .memorandumOfUnderstanding: "Memorandum of Understanding"
    case .memorandumOfCooperation: "Memorandum of Cooperation"
    }
  }

  /// The abbreviation people use, where there is one (`MoU`, `MoC`, `JDI`).
  public var abbreviation: String? {
    switch self {
    case .memorandumOfUnderstanding: "MoU"
    case .memorandumOfCooperation: "MoC"
    case .jointDeclarationOfIntent: "JDI"
    case .jointStatementOfIntent: "JSI"
    default: nil
    }
  }
}
