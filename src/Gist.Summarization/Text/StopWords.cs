namespace Gist.Summarization.Text;

/// <summary>Function words that carry no topic, per language, in <see cref="EvidenceNormalizer.Normalize"/> form.</summary>
public static class StopWords
{
    private static readonly Dictionary<string, HashSet<string>> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = Set(
            "في من إلى الى على عن مع أن إن أنه إنه أنها إنها أنهما إنهما أنهم إنهم كان كانت يكون تكون ليس لم لن لا ما " +
            "هذا هذه ذلك تلك هو هي هم هما نحن أنا أنت الذي التي الذين اللذين اللتين اللواتي و أو ثم بل لكن حتى إذا إذ " +
            "قد لقد كل بعض غير بين عند عندما حيث كما بعد قبل خلال منذ أي أيضا أيضاً كذلك فقط أكثر أقل وقد وقال وقالت " +
            "قال قالت أضاف أضافت وأضاف وأضافت يوم اليوم أمس الأربعاء الخميس الجمعة السبت الأحد الاثنين الثلاثاء " +
            "به بها له لها لهم منه منها فيه فيها عليه عليها إليه إليها هناك هنا وهو وهي وفي ومن وعلى وإن وأن ولا " +
            "كانوا وكان وكانت تم يتم إلا سوى لدى لدي لديها لديه عبر نحو ضد دون ذات ذو مثل بشأن إزاء جدا ربما"),
        ["fa"] = Set(
            "و در به از که این آن با برای را تا هم یا اما اگر چه چون نیز بر می را ها های است بود شد شده باشد " +
            "کرد کرده کند کنند کردند گفت گفته خود او آنها ما من شما ایشان یک دو هر همه هیچ دیگر پس پیش بین روی " +
            "زیر بی باید نه نمی هست نیست بودند شود شوند داد داده دارد دارند خواهد روز امروز دیروز همچنین ولی"),
        ["ru"] = Set(
            "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот " +
            "от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь " +
            "опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам " +
            "чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь " +
            "этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой " +
            "хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо " +
            "свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между также заявил " +
            "заявила сказал сказала сообщил сообщила это которые который которая которое"),
        ["en"] = Set(
            "a an the and or but if then else of to in on at by for with from into onto over under about above below " +
            "as is are was were be been being am do does did doing have has had having will would shall should can " +
            "could may might must not no nor so than too very just also only own same such that this these those " +
            "there here what which who whom whose when where why how all any both each few more most other some " +
            "it its it's he him his she her hers they them their theirs we us our ours you your yours i me my mine " +
            "said says say told according after before during while since until again further once up down out off " +
            "against between through because per via new one two monday tuesday wednesday thursday friday saturday sunday"),
        ["fr"] = Set(
            "le la les un une des du de d l et ou mais donc or ni car que qui quoi dont où à au aux en dans par pour " +
            "sur sous avec sans ce cet cette ces il elle ils elles on nous vous je tu se sa son ses leur leurs est " +
            "sont était été être a ont avait avoir ne pas plus a déclaré selon aussi"),
        ["es"] = Set(
            "el la los las un una unos unas de del y o pero que quien en por para con sin sobre entre a al se su sus " +
            "es son fue ser ha han había no más como este esta estos estas ese esa lo le les dijo según también"),
        ["de"] = Set(
            "der die das den dem des ein eine einer eines einem und oder aber dass in im an am auf aus bei mit nach " +
            "von vom zu zum zur für über unter ist sind war waren wird werden hat haben nicht auch sich er sie es wir " +
            "ihr sagte laut"),
    };

    private static readonly HashSet<string> All = new(ByLanguage.Values.SelectMany(s => s), StringComparer.Ordinal);

    /// <summary>The list for an ISO 639-1 code; for an unknown language, every list (their scripts rarely collide).</summary>
    public static IReadOnlySet<string> For(string? language) =>
        language is not null && ByLanguage.TryGetValue(language, out var set) ? set : All;

    private static HashSet<string> Set(string words)
    {
        return new HashSet<string>(
            words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EvidenceNormalizer.Normalize),
            StringComparer.Ordinal);
    }
}
