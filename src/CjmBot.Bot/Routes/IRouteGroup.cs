using CjmBot.Protocol.Routing;

namespace CjmBot.Bot.Routes;

/// <summary>A group of related routes (one concern), registered explicitly at start-up.</summary>
public interface IRouteGroup
{
    void Register(ActivityRouter router);
}
