using CjmBot.Application.Gate;
using CjmBot.Application.Outcomes;
using CjmBot.Application.Requests;
using CjmBot.Themes;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;

namespace CjmBot.Application.UseCases.Reading;

/// <summary><c>themes [lane]</c>: proposes themes for one lane's answers (all stages) per segment of the active workshop, for facilitators.</summary>
public sealed record ProposeThemes(Origin Origin, QuestionKey Lane) : IRequest
{
    public Access Access => Access.Facilitator();
}

/// <summary>The proposed themes per segment, in the frame's order; nothing is stored (proposals are recomputed on every request).</summary>
public sealed record ThemesProposed(WorkshopFrame Frame, QuestionKey Lane, IReadOnlyList<SegmentThemes> Segments) : Outcome
{
    public bool HasAnswers => Segments.Any(segment => segment.AnswerCount > 0);
}

public sealed class ProposeThemesHandler(IWorkshopRepository repository) : IUseCase<ProposeThemes>
{
    // Stateless and deterministic, so one instance serves every request.
    private static readonly ThemeProposer Proposer = new();

    public async Task<Outcome> HandleAsync(ProposeThemes request, Admission admission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admission);
        var workshop = await repository.LoadAsync(admission.Workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return WorkshopGone.Instance;
        }

        var segments = workshop.Frame.Segments.Select(segment => Propose(workshop, segment, request.Lane)).ToList();
        return new ThemesProposed(workshop.Frame, request.Lane, segments);
    }

    private static SegmentThemes Propose(WorkshopSnapshot workshop, Segment segment, QuestionKey lane)
    {
        var answers = workshop.Answers
            .Where(answer => answer.SegmentId == segment.Id && answer.Question == lane)
            .OrderBy(answer => answer.StageIndex)
            .ThenBy(answer => answer.At)
            .ToList();
        if (answers.Count == 0)
        {
            return new SegmentThemes(segment, []);
        }

        var byId = answers.ToDictionary(answer => answer.Id, StringComparer.Ordinal);
        var themes = Proposer.Propose(answers.Select(answer => new ThemeAnswer(answer.Id, answer.Text)).ToList())
            .Select(theme => new AnswerTheme(theme.Label, theme.AnswerIds.Select(id => byId[id]).ToList()))
            .ToList();
        return new SegmentThemes(segment, themes);
    }
}
