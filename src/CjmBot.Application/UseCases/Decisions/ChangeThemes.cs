using System.Security.Cryptography;
using System.Text;
using CjmBot.Application.Effects;
using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Writes;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application.UseCases.Decisions;

/// <summary>What the facilitator does to a segment's themes on the themes card.</summary>
public abstract record ThemeChange
{
    /// <summary>Every proposed theme and every suggestion, at once.</summary>
    public sealed record AcceptAll : ThemeChange;

    /// <summary>The proposed theme that holds this answer.</summary>
    public sealed record AcceptOne(string AnswerId) : ThemeChange;

    /// <summary>Every answer suggested into an accepted theme goes into it.</summary>
    public sealed record AcceptSuggested : ThemeChange;

    public sealed record Rename(string ThemeId, string? Label) : ThemeChange;

    /// <summary><see cref="ThemeId"/>'s answers join <see cref="IntoId"/>, whose label stays.</summary>
    public sealed record Merge(string ThemeId, string? IntoId) : ThemeChange;

    /// <summary>An answer (in a theme or not) goes into another accepted theme.</summary>
    public sealed record Move(string? AnswerId, string? ThemeId) : ThemeChange;

    /// <summary>An answer leaves its theme and becomes a theme of its own.</summary>
    public sealed record Split(string? AnswerId) : ThemeChange;

    /// <summary>Back to the proposal: nothing accepted in this segment's lane.</summary>
    public sealed record Reset : ThemeChange;
}

/// <summary>A click on the themes card: only on that card (of this conversation's workshop), only by a facilitator.</summary>
public sealed record ChangeThemes(Origin Origin, string WorkshopId, string SegmentId, QuestionKey Lane, string Version, ThemeChange Change) : IRequest
{
    public Access Access => new(Who.Facilitator, Scope.Named) { WorkshopId = WorkshopId, CardKind = CardKinds.Themes };
}

/// <summary>Why a themes action changed nothing.</summary>
public enum ThemeProblem
{
    /// <summary>Someone changed the themes since the card was drawn (the card shows them as they are now).</summary>
    OutOfDate,
    LabelEmpty,
    LabelTooLong,

    /// <summary>The theme or answer named is not (or no longer) there.</summary>
    NotFound,

    /// <summary>Merging a theme into itself, or moving an answer to the theme it is in.</summary>
    SameTheme,
    NothingToAccept,
    NothingToReset,
}

/// <summary>The themes as they now stand (after the change, or unchanged with <see cref="ThemesUnchanged"/>), for the card to be drawn again.</summary>
public abstract record ThemesBoard(WorkshopFrame Frame, QuestionKey Lane, IReadOnlyList<SegmentThemes> Segments) : Outcome;

public sealed record ThemesChanged(WorkshopFrame Frame, QuestionKey Lane, IReadOnlyList<SegmentThemes> Segments, ThemeChange Change)
    : ThemesBoard(Frame, Lane, Segments);

public sealed record ThemesUnchanged(WorkshopFrame Frame, QuestionKey Lane, IReadOnlyList<SegmentThemes> Segments, ThemeProblem Problem)
    : ThemesBoard(Frame, Lane, Segments);

/// <summary>
/// One handler for the themes card's actions: each computes the segment's lane as it is to stand, from the themes
/// accepted now, and writes it as one new record (the latest stands); nothing already recorded is changed.
/// </summary>
public sealed class ChangeThemesHandler(IWorkshopRepository repository, TimeProvider time, ILogger<ChangeThemesHandler> logger) : IUseCase<ChangeThemes>
{
    public const int MaxLabelLength = 80;

    public async Task<Outcome> HandleAsync(ChangeThemes request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var workshop = await repository.LoadAsync(admission.Workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return WorkshopGone.Instance;
        }

        if (workshop.Frame.Segments.FirstOrDefault(s => s.Id == request.SegmentId) is not { } segment)
        {
            return Board(workshop, request.Lane, ThemeProblem.NotFound);
        }

        var board = ThemeBoards.For(workshop, segment, request.Lane);
        if (board.Version.Length > 0 && board.Version == admission.OperationId)
        {
            // This very click was recorded (Teams redelivered it): the same answer again, nothing written twice.
            return new ThemesChanged(workshop.Frame, request.Lane, Segments(workshop, request.Lane), request.Change);
        }

        if (board.Version != request.Version)
        {
            return Board(workshop, request.Lane, ThemeProblem.OutOfDate);
        }

        var themes = board.Accepted.Select(theme => new StoredTheme(theme.Id, theme.Label, [.. theme.Answers.Select(a => a.Id)])).ToList();
        var ids = new ThemeIds(admission.OperationId);
        var problem = Apply(request.Change, board, themes, ids);
        if (problem is { } refused)
        {
            return Board(workshop, request.Lane, refused);
        }

        var record = new ThemeRecord
        {
            Id = admission.OperationId,
            WorkshopId = workshop.Frame.Id,
            SegmentId = segment.Id,
            Lane = request.Lane,
            Themes = [.. themes.Where(theme => theme.AnswerIds.Count > 0)],
            By = request.Origin.Actor,
            At = time.GetUtcNow(),
            Sequence = (workshop.Themes.Latest(segment.Id, request.Lane)?.Sequence ?? 0) + 1,
        };
        var write = await repository.AddThemeRecordAsync(record, cancellationToken).ConfigureAwait(false);
        if (write == WriteOutcome.AlreadyDone)
        {
            // This click again (a redelivery that overtook the check above), or another action on the same arrangement first.
            var now = await repository.LoadAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
            return now is null ? WorkshopGone.Instance
                : now.Themes.Latest(segment.Id, request.Lane)?.Id == admission.OperationId
                    ? new ThemesChanged(now.Frame, request.Lane, Segments(now, request.Lane), request.Change)
                    : Board(now, request.Lane, ThemeProblem.OutOfDate);
        }

        if (Unwritten.Of(write) is { } unwritten)
        {
            return unwritten;
        }

        Log.ThemesChanged(logger, workshop.Frame.Id, segment.Id, request.Lane, request.Change.GetType().Name, record.Themes.Count);
        var updated = new WorkshopSnapshot(workshop.Frame, workshop.Progress, workshop.Contributions)
        {
            Decisions = workshop.Decisions,
            ThemeRecords = [.. workshop.ThemeRecords, record],
        };
        return new ThemesChanged(updated.Frame, request.Lane, Segments(updated, request.Lane), request.Change)
        {
            // The live map names the accepted themes of each lane.
            Effects = [new MapChanged(workshop.Frame.Id)],
        };
    }

    private static ThemeProblem? Apply(ThemeChange change, SegmentThemes board, List<StoredTheme> themes, ThemeIds ids)
    {
        switch (change)
        {
            case ThemeChange.AcceptAll:
                if (board.Themes.Count == 0 && board.Suggestions.Count == 0)
                {
                    return ThemeProblem.NothingToAccept;
                }

                AddSuggestions(board, themes);
                themes.AddRange(board.Themes.Select(theme => new StoredTheme(ids.Next(), theme.Label, [.. theme.Answers.Select(a => a.Id)])));
                return null;
            case ThemeChange.AcceptOne one:
                if (board.Themes.FirstOrDefault(theme => theme.Answers.Any(a => a.Id == one.AnswerId)) is not { } proposed)
                {
                    return ThemeProblem.NotFound;
                }

                themes.Add(new StoredTheme(ids.Next(), proposed.Label, [.. proposed.Answers.Select(a => a.Id)]));
                return null;
            case ThemeChange.AcceptSuggested:
                if (board.Suggestions.Count == 0)
                {
                    return ThemeProblem.NothingToAccept;
                }

                AddSuggestions(board, themes);
                return null;
            case ThemeChange.Rename rename:
                var label = rename.Label?.Trim() ?? "";
                var index = themes.FindIndex(theme => theme.Id == rename.ThemeId);
                return index < 0 ? ThemeProblem.NotFound
                    : label.Length == 0 ? ThemeProblem.LabelEmpty
                    : label.Length > MaxLabelLength ? ThemeProblem.LabelTooLong
                    : Replace(themes, index, themes[index] with { Label = label });
            case ThemeChange.Merge merge:
                var from = themes.FindIndex(theme => theme.Id == merge.ThemeId);
                var into = themes.FindIndex(theme => theme.Id == merge.IntoId);
                if (from < 0 || into < 0)
                {
                    return ThemeProblem.NotFound;
                }

                if (from == into)
                {
                    return ThemeProblem.SameTheme;
                }

                themes[into] = themes[into] with { AnswerIds = [.. themes[into].AnswerIds, .. themes[from].AnswerIds] };
                themes.RemoveAt(from);
                return null;
            case ThemeChange.Move move:
                var target = themes.FindIndex(theme => theme.Id == move.ThemeId);
                if (target < 0 || !board.AllAnswers.Any(a => a.Id == move.AnswerId))
                {
                    return ThemeProblem.NotFound;
                }

                if (themes[target].AnswerIds.Contains(move.AnswerId!))
                {
                    return ThemeProblem.SameTheme;
                }

                Remove(themes, move.AnswerId!);
                themes[target] = themes[target] with { AnswerIds = [.. themes[target].AnswerIds, move.AnswerId!] };
                return null;
            case ThemeChange.Split split:
                if (board.AllAnswers.FirstOrDefault(a => a.Id == split.AnswerId) is not { } answer)
                {
                    return ThemeProblem.NotFound;
                }

                if (themes.Any(theme => theme.AnswerIds.Count == 1 && theme.AnswerIds[0] == answer.Id))
                {
                    return ThemeProblem.SameTheme;
                }

                Remove(themes, answer.Id);
                themes.Add(new StoredTheme(ids.Next(), ThemeBoards.LabelOf(answer), [answer.Id]));
                return null;
            case ThemeChange.Reset:
                if (themes.Count == 0)
                {
                    return ThemeProblem.NothingToReset;
                }

                themes.Clear();
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    private static ThemeProblem? Replace(List<StoredTheme> themes, int index, StoredTheme theme)
    {
        themes[index] = theme;
        return null;
    }

    private static void AddSuggestions(SegmentThemes board, List<StoredTheme> themes)
    {
        foreach (var suggestion in board.Suggestions)
        {
            var index = themes.FindIndex(theme => theme.Id == suggestion.Theme.Id);
            themes[index] = themes[index] with { AnswerIds = [.. themes[index].AnswerIds, suggestion.Answer.Id] };
        }
    }

    private static void Remove(List<StoredTheme> themes, string answerId)
    {
        for (var i = 0; i < themes.Count; i++)
        {
            if (themes[i].AnswerIds.Contains(answerId))
            {
                themes[i] = themes[i] with { AnswerIds = [.. themes[i].AnswerIds.Where(id => id != answerId)] };
            }
        }
    }

    private static ThemesUnchanged Board(WorkshopSnapshot workshop, QuestionKey lane, ThemeProblem problem) =>
        new(workshop.Frame, lane, Segments(workshop, lane), problem);

    private static List<SegmentThemes> Segments(WorkshopSnapshot workshop, QuestionKey lane) =>
        [.. workshop.Frame.Segments.Select(segment => ThemeBoards.For(workshop, segment, lane))];

    /// <summary>Ids of new themes, derived from the operation, so a redelivered click would name the same themes.</summary>
    private sealed class ThemeIds(string operationId)
    {
        private int _next;

        public string Next()
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{operationId}#{_next++}"));
            return "t" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
        }
    }
}
