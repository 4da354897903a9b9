/// UN bodies and other organisations that posts name, by short name and full name.
public enum Organisations {
    /// The organisation's id and the names that mention it.
    public static let all: [(id: String, names: [String])] = [
        ("OCHA", ["Office for the Coordination of Humanitarian Affairs", "OCHA"]), ("UNICEF", ["UNICEF"]),
        ("UNHCR", ["UN Refugee Agency", "UNHCR"]), ("WFP", ["World Food Programme", "WFP"]), ("WHO", ["World Health Organization", "WHO"]),
        ("ICRC", ["International Committee of the Red Cross", "ICRC"]), ("IAEA", ["International Atomic Energy Agency", "IAEA"]),
        ("OHCHR", ["Office of the High Commissioner for Human Rights", "OHCHR"]), ("UNDP", ["UN Development Programme", "UNDP"]),
        ("UN Women", ["UN Women"]), ("UNRWA", ["UNRWA"]), ("ICC", ["International Criminal Court", "ICC"]),
        ("ICJ", ["International Court of Justice", "ICJ"]), ("OPCW", ["Organisation for the Prohibition of Chemical Weapons", "OPCW"]), ("IOM", ["International Organization for Migration", "IOM"]),
        ("DPPA", ["Department of Political and Peacebuilding Affairs", "DPPA"]), ("DPO", ["Department of Peace Operations", "DPO"]),
        ("UNODC", ["UN Office on Drugs and Crime", "UNODC"]), ("UNODA", ["UN Office for Disarmament Affairs", "UNODA"]),
        ("General Assembly", ["General Assembly"]), ("Human Rights Council", ["Human Rights Council"]),
        ("Peacebuilding Commission", ["Peacebuilding Commission", "PBC"]), ("Panel of Experts", ["Panel of Experts"]),
        ("Secretariat", ["UN Secretariat"]), ("MONUSCO", ["MONUSCO"]), ("UNMISS", ["UNMISS"]), ("MINUSCA", ["MINUSCA"]),
        ("UNIFIL", ["UNIFIL"]), ("UNFICYP", ["UNFICYP"]), ("UNAMA", ["UNAMA"]), ("UNSMIL", ["UNSMIL"]), ("BINUH", ["BINUH"]),
        ("UNMHA", ["UNMHA"]), ("UNDOF", ["UNDOF"]), ("UNISFA", ["UNISFA"]), ("MINURSO", ["MINURSO"]), ("UNAMI", ["UNAMI"]),
        ("UNITAMS", ["UNITAMS"]), ("UNSOM", ["UNSOM"]), ("UNTSO", ["UNTSO"]), ("UNMIK", ["UNMIK"]), ("UNOWAS", ["UNOWAS"]),
        ("UNOCA", ["UNOCA"]), ("UNRCCA", ["UNRCCA"]), ("AUSSOM", ["AUSSOM"]), ("ATMIS", ["ATMIS"]),
    ]
}
