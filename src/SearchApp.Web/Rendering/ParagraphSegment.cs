using SearchApp.Core.Entities;

namespace SearchApp.Web.Rendering;

/// <summary>A run of paragraph text, marked as an entity mention or plain.</summary>
public sealed record ParagraphSegment(string Text, EntityMention? Entity);
