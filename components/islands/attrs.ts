/** Attribute that marks an island's element; its value is the island's name. */
export const ISLAND_ATTR = 'data-island';
/** Attribute holding the island's props as JSON. */
export const ISLAND_PROPS_ATTR = 'data-island-props';
