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
  /// A treaty-level agreement between the governments: CEPA, the civil nuclear agreement.
  case agreement
  case `protocol`
  case exchangeOfNotes = "exchange-of-notes"
  case recordOfDiscussions = "record-of-discussions"
  case visionStatement = "vision-statement"
  case letterOfIntent = "letter-of-intent"
  case factSheet = "fact-sheet"
  case arrangement
  /// A treaty by that name, such as the 1952 Treaty of Peace.
  case treaty
  /// A convention, such as the 1989 convention on double taxation.
  case convention
  /// An exchange of letters, such as the 1952 letters establishing diplomatic relations.
  case exchangeOfLetters = "exchange-of-letters"
  /// A document whose form the sources do not give, or that fits none of the others.
  case other

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
    case .agreement: "Agreement"
    case .protocol: "Protocol"
    case .exchangeOfNotes: "Exchange of Notes"
    case .recordOfDiscussions: "Record of Discussions"
    case .visionStatement: "Vision Statement"
    case .letterOfIntent: "Letter of Intent"
    case .factSheet: "Fact Sheet"
    case .arrangement: "Arrangement"
    case .treaty: "Treaty"
    case .convention: "Convention"
    case .exchangeOfLetters: "Exchange of Letters"
    case .other: "Other document"
    }
  }

  /// The abbreviation people use, where there is one (`MoU`, `MoC`, `JDI`).
  public var abbreviation: String? {
    switch self {
    case .memorandumOfUnderstanding: "MoU"
    case .memorandumOfCooperation: "MoC"
    case .jointDeclarationOfIntent: "JDI"
    case .jointStatementOfIntent: "JSI"
    case .recordOfDiscussions: "RoD"
    case .letterOfIntent: "LoI"
    default: nil
    }
  }
}

/// The families of instruments the registers list apart, for counting coverage: treaties and
/// agreements, exchanges of notes (nearly all of them yen loans), memoranda and arrangements,
/// statements and plans.
public enum InstrumentCategory: String, Hashable, Sendable, CaseIterable {
  case treatiesAndAgreements = "treaties-and-agreements"
  case exchangesOfNotes = "exchanges-of-notes"
  case memorandaAndArrangements = "memoranda-and-arrangements"
  case statementsAndPlans = "statements-and-plans"
  case other

  /// `treaties, conventions, agreements and protocols`, as `stats` labels it.
  public var displayName: String {
    switch self {
    case .treatiesAndAgreements: "treaties, conventions, agreements, protocols, letters"
    case .exchangesOfNotes: "exchanges of notes (yen loans and others)"
    case .memorandaAndArrangements: "memoranda and arrangements"
    case .statementsAndPlans: "statements, declarations and plans"
    case .other: "other documents"
    }
  }
}

extension DocumentType {
  /// The family of instruments this type belongs to.
  public var category: InstrumentCategory {
    if isPolitical { return .statementsAndPlans }
    switch self {
    case .treaty, .convention, .agreement, .protocol, .exchangeOfLetters: return .treatiesAndAgreements
    case .exchangeOfNotes: return .exchangesOfNotes
    case .memorandumOfUnderstanding, .memorandumOfCooperation, .arrangement, .implementingArrangement,
      .recordOfDiscussions:
      return .memorandaAndArrangements
    default: return .other
    }
  }

  /// Whether documents of this type are the leaders' own statement of a summit (a joint
  /// statement, vision or vision statement, a fact sheet) rather than an agreement between
  /// governments or agencies. Sources that count "agreements signed" leave these out.
  public var isLeadersStatement: Bool {
    switch self {
    case .jointVision, .jointStatement, .visionStatement, .factSheet: true
    default: false
    }
  }

  /// Whether documents of this type state intentions rather than bind (statements,
  /// declarations, plans, letters of intent): they take effect when adopted and have no entry
  /// into force, which their status says instead of "unknown".
  public var isPolitical: Bool {
    switch self {
    case .jointVision, .jointStatement, .visionStatement, .factSheet, .jointDeclaration, .jointDeclarationOfIntent,
      .jointStatementOfIntent, .actionPlan, .letterOfIntent:
      true
    default: false
    }
  }
}
