/**
 * The `elementtiming` name of a map's title (MapTop, and PageLoading while the map loads): a
 * map's page loads what it shows once the browser reports the title painted (`afterShown`).
 */
export const MAP_TITLE = 'map-title';
