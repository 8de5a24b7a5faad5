namespace Gist.Summarization.Offline;

/// <summary>Where a reporting verb's speaker is written, by the language's word order.</summary>
public enum SpeakerSide
{
    /// <summary>Verb–subject (Arabic "قال بلينكن"; "according to X"; "по словам X").</summary>
    After,

    /// <summary>Subject right before the verb ("Blinken said", "Лавров заявил", "王毅表示"); after it when nothing is before.</summary>
    Before,

    /// <summary>Subject at the start of the clause, verb at its end (Persian "بلینکن روز پنجشنبه گفت").</summary>
    ClauseStart,
}
