/** The app's name as written into backup files, so a file says what made it. */
export const APP_NAME = 'ITA วิเคราะห์ผลและมาตรการ'
